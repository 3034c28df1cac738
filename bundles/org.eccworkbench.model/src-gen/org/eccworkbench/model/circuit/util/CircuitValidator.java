/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.util;

import java.util.Map;

import org.eccworkbench.model.circuit.*;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.eccworkbench.model.circuit.CircuitPackage
 * @generated
 */
public class CircuitValidator extends EObjectValidator {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final CircuitValidator INSTANCE = new CircuitValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.eccworkbench.model.circuit";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Closed Blood Loop' of 'Circuit'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CIRCUIT__CLOSED_BLOOD_LOOP = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Oxygenator On Arterial Path' of 'Circuit'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CIRCUIT__OXYGENATOR_ON_ARTERIAL_PATH = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Arterial Pressure Monitored' of 'Circuit'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CIRCUIT__ARTERIAL_PRESSURE_MONITORED = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Arterial Filter Present' of 'Circuit'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CIRCUIT__ARTERIAL_FILTER_PRESENT = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Arterial Temperature Monitored' of 'Circuit'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CIRCUIT__ARTERIAL_TEMPERATURE_MONITORED = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Patient Data Complete' of 'Circuit'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CIRCUIT__PATIENT_DATA_COMPLETE = 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Connected' of 'Port'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PORT__CONNECTED = 7;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Connected Once' of 'Port'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PORT__CONNECTED_ONCE = 8;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Port Direction' of 'Connection'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CONNECTION__PORT_DIRECTION = 9;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Port Kinds Compatible' of 'Connection'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CONNECTION__PORT_KINDS_COMPATIBLE = 10;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Diameter Matches Ports' of 'Connection'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CONNECTION__DIAMETER_MATCHES_PORTS = 11;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Recirculation Line Size' of 'Connection'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CONNECTION__RECIRCULATION_LINE_SIZE = 12;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Tube Flow For Target Flow' of 'Connection'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CONNECTION__TUBE_FLOW_FOR_TARGET_FLOW = 13;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Flow For Target Flow' of 'Cannula'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CANNULA__FLOW_FOR_TARGET_FLOW = 14;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Minimum Level Known' of 'Reservoir'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int RESERVOIR__MINIMUM_LEVEL_KNOWN = 15;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Pump Direction' of 'Pump'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PUMP__PUMP_DIRECTION = 16;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Arterial Bubble Detector' of 'Pump'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PUMP__ARTERIAL_BUBBLE_DETECTOR = 17;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Reservoir Level Detector' of 'Roller Pump'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int ROLLER_PUMP__RESERVOIR_LEVEL_DETECTOR = 18;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Occlusion In Range' of 'Roller Pump'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int ROLLER_PUMP__OCCLUSION_IN_RANGE = 19;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Flow Probe' of 'Centrifugal Pump'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CENTRIFUGAL_PUMP__FLOW_PROBE = 20;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Backflow Protection' of 'Centrifugal Pump'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CENTRIFUGAL_PUMP__BACKFLOW_PROTECTION = 21;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Gas Supply' of 'Oxygenator'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int OXYGENATOR__GAS_SUPPLY = 22;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Heat Exchanger Water' of 'Oxygenator'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int OXYGENATOR__HEAT_EXCHANGER_WATER = 23;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Rated For Target Flow' of 'Oxygenator'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int OXYGENATOR__RATED_FOR_TARGET_FLOW = 24;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Delivery Complete' of 'Cardioplegia Set'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CARDIOPLEGIA_SET__DELIVERY_COMPLETE = 25;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Vent One Way Valve' of 'Suction Vent'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SUCTION_VENT__VENT_ONE_WAY_VALVE = 26;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Returns To Cardiotomy Filter' of 'Suction Vent'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SUCTION_VENT__RETURNS_TO_CARDIOTOMY_FILTER = 27;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Open On Main Path' of 'Clamp'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CLAMP__OPEN_ON_MAIN_PATH = 28;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Attached' of 'Sensor'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SENSOR__ATTACHED = 29;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Minimum Sweep' of 'Gas Blender'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int GAS_BLENDER__MINIMUM_SWEEP = 30;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Water Temperature Limit' of 'Heater Cooler'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int HEATER_COOLER__WATER_TEMPERATURE_LIMIT = 31;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 31;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CircuitValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return CircuitPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case CircuitPackage.CIRCUIT:
				return validateCircuit((Circuit)value, diagnostics, context);
			case CircuitPackage.CIRCUIT_ELEMENT:
				return validateCircuitElement((CircuitElement)value, diagnostics, context);
			case CircuitPackage.COMPONENT:
				return validateComponent((Component)value, diagnostics, context);
			case CircuitPackage.PORT:
				return validatePort((Port)value, diagnostics, context);
			case CircuitPackage.CONNECTION:
				return validateConnection((Connection)value, diagnostics, context);
			case CircuitPackage.PATIENT_NODE:
				return validatePatientNode((PatientNode)value, diagnostics, context);
			case CircuitPackage.CANNULA:
				return validateCannula((Cannula)value, diagnostics, context);
			case CircuitPackage.CONNECTOR:
				return validateConnector((Connector)value, diagnostics, context);
			case CircuitPackage.RESERVOIR:
				return validateReservoir((Reservoir)value, diagnostics, context);
			case CircuitPackage.PUMP:
				return validatePump((Pump)value, diagnostics, context);
			case CircuitPackage.ROLLER_PUMP:
				return validateRollerPump((RollerPump)value, diagnostics, context);
			case CircuitPackage.CENTRIFUGAL_PUMP:
				return validateCentrifugalPump((CentrifugalPump)value, diagnostics, context);
			case CircuitPackage.OXYGENATOR:
				return validateOxygenator((Oxygenator)value, diagnostics, context);
			case CircuitPackage.ARTERIAL_FILTER:
				return validateArterialFilter((ArterialFilter)value, diagnostics, context);
			case CircuitPackage.CARDIOPLEGIA_SET:
				return validateCardioplegiaSet((CardioplegiaSet)value, diagnostics, context);
			case CircuitPackage.SUCTION_VENT:
				return validateSuctionVent((SuctionVent)value, diagnostics, context);
			case CircuitPackage.HEMOCONCENTRATOR:
				return validateHemoconcentrator((Hemoconcentrator)value, diagnostics, context);
			case CircuitPackage.ONE_WAY_VALVE:
				return validateOneWayValve((OneWayValve)value, diagnostics, context);
			case CircuitPackage.CLAMP:
				return validateClamp((Clamp)value, diagnostics, context);
			case CircuitPackage.SENSOR:
				return validateSensor((Sensor)value, diagnostics, context);
			case CircuitPackage.GAS_BLENDER:
				return validateGasBlender((GasBlender)value, diagnostics, context);
			case CircuitPackage.HEATER_COOLER:
				return validateHeaterCooler((HeaterCooler)value, diagnostics, context);
			case CircuitPackage.PATIENT:
				return validatePatient((Patient)value, diagnostics, context);
			case CircuitPackage.CLINICAL_CASE:
				return validateClinicalCase((ClinicalCase)value, diagnostics, context);
			case CircuitPackage.CIRCUIT_KIND:
				return validateCircuitKind((CircuitKind)value, diagnostics, context);
			case CircuitPackage.PORT_KIND:
				return validatePortKind((PortKind)value, diagnostics, context);
			case CircuitPackage.LINE_ROLE:
				return validateLineRole((LineRole)value, diagnostics, context);
			case CircuitPackage.TUBE_MATERIAL:
				return validateTubeMaterial((TubeMaterial)value, diagnostics, context);
			case CircuitPackage.CANNULA_KIND:
				return validateCannulaKind((CannulaKind)value, diagnostics, context);
			case CircuitPackage.RESERVOIR_TYPE:
				return validateReservoirType((ReservoirType)value, diagnostics, context);
			case CircuitPackage.PUMP_ROLE:
				return validatePumpRole((PumpRole)value, diagnostics, context);
			case CircuitPackage.SENSOR_KIND:
				return validateSensorKind((SensorKind)value, diagnostics, context);
			case CircuitPackage.CONNECTOR_KIND:
				return validateConnectorKind((ConnectorKind)value, diagnostics, context);
			case CircuitPackage.CARDIOPLEGIA_PROTOCOL:
				return validateCardioplegiaProtocol((CardioplegiaProtocol)value, diagnostics, context);
			case CircuitPackage.SUCTION_VENT_KIND:
				return validateSuctionVentKind((SuctionVentKind)value, diagnostics, context);
			case CircuitPackage.SEX:
				return validateSex((Sex)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCircuit(Circuit circuit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(circuit, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(circuit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(circuit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(circuit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(circuit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(circuit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(circuit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(circuit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(circuit, diagnostics, context);
		if (result || diagnostics != null) result &= validateCircuit_closedBloodLoop(circuit, diagnostics, context);
		if (result || diagnostics != null) result &= validateCircuit_oxygenatorOnArterialPath(circuit, diagnostics, context);
		if (result || diagnostics != null) result &= validateCircuit_arterialPressureMonitored(circuit, diagnostics, context);
		if (result || diagnostics != null) result &= validateCircuit_arterialFilterPresent(circuit, diagnostics, context);
		if (result || diagnostics != null) result &= validateCircuit_arterialTemperatureMonitored(circuit, diagnostics, context);
		if (result || diagnostics != null) result &= validateCircuit_patientDataComplete(circuit, diagnostics, context);
		return result;
	}

	/**
	 * Validates the closedBloodLoop constraint of '<em>Circuit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCircuit_closedBloodLoop(Circuit circuit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return circuit.closedBloodLoop(diagnostics, context);
	}

	/**
	 * Validates the oxygenatorOnArterialPath constraint of '<em>Circuit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCircuit_oxygenatorOnArterialPath(Circuit circuit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return circuit.oxygenatorOnArterialPath(diagnostics, context);
	}

	/**
	 * Validates the arterialPressureMonitored constraint of '<em>Circuit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCircuit_arterialPressureMonitored(Circuit circuit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return circuit.arterialPressureMonitored(diagnostics, context);
	}

	/**
	 * Validates the arterialFilterPresent constraint of '<em>Circuit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCircuit_arterialFilterPresent(Circuit circuit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return circuit.arterialFilterPresent(diagnostics, context);
	}

	/**
	 * Validates the arterialTemperatureMonitored constraint of '<em>Circuit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCircuit_arterialTemperatureMonitored(Circuit circuit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return circuit.arterialTemperatureMonitored(diagnostics, context);
	}

	/**
	 * Validates the patientDataComplete constraint of '<em>Circuit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCircuit_patientDataComplete(Circuit circuit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return circuit.patientDataComplete(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCircuitElement(CircuitElement circuitElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(circuitElement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComponent(Component component, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(component, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePort(Port port, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(port, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(port, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(port, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(port, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(port, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(port, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(port, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(port, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(port, diagnostics, context);
		if (result || diagnostics != null) result &= validatePort_connected(port, diagnostics, context);
		if (result || diagnostics != null) result &= validatePort_connectedOnce(port, diagnostics, context);
		return result;
	}

	/**
	 * Validates the connected constraint of '<em>Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePort_connected(Port port, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return port.connected(diagnostics, context);
	}

	/**
	 * Validates the connectedOnce constraint of '<em>Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePort_connectedOnce(Port port, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return port.connectedOnce(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConnection(Connection connection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(connection, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validateConnection_portDirection(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validateConnection_portKindsCompatible(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validateConnection_diameterMatchesPorts(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validateConnection_recirculationLineSize(connection, diagnostics, context);
		if (result || diagnostics != null) result &= validateConnection_tubeFlowForTargetFlow(connection, diagnostics, context);
		return result;
	}

	/**
	 * Validates the portDirection constraint of '<em>Connection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConnection_portDirection(Connection connection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return connection.portDirection(diagnostics, context);
	}

	/**
	 * Validates the portKindsCompatible constraint of '<em>Connection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConnection_portKindsCompatible(Connection connection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return connection.portKindsCompatible(diagnostics, context);
	}

	/**
	 * Validates the diameterMatchesPorts constraint of '<em>Connection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConnection_diameterMatchesPorts(Connection connection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return connection.diameterMatchesPorts(diagnostics, context);
	}

	/**
	 * Validates the recirculationLineSize constraint of '<em>Connection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConnection_recirculationLineSize(Connection connection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return connection.recirculationLineSize(diagnostics, context);
	}

	/**
	 * Validates the tubeFlowForTargetFlow constraint of '<em>Connection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConnection_tubeFlowForTargetFlow(Connection connection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return connection.tubeFlowForTargetFlow(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePatientNode(PatientNode patientNode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(patientNode, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCannula(Cannula cannula, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(cannula, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(cannula, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(cannula, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(cannula, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(cannula, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(cannula, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(cannula, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(cannula, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(cannula, diagnostics, context);
		if (result || diagnostics != null) result &= validateCannula_flowForTargetFlow(cannula, diagnostics, context);
		return result;
	}

	/**
	 * Validates the flowForTargetFlow constraint of '<em>Cannula</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCannula_flowForTargetFlow(Cannula cannula, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return cannula.flowForTargetFlow(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConnector(Connector connector, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(connector, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReservoir(Reservoir reservoir, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(reservoir, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(reservoir, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(reservoir, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(reservoir, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(reservoir, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(reservoir, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(reservoir, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(reservoir, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(reservoir, diagnostics, context);
		if (result || diagnostics != null) result &= validateReservoir_minimumLevelKnown(reservoir, diagnostics, context);
		return result;
	}

	/**
	 * Validates the minimumLevelKnown constraint of '<em>Reservoir</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReservoir_minimumLevelKnown(Reservoir reservoir, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return reservoir.minimumLevelKnown(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePump(Pump pump, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(pump, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(pump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(pump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(pump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(pump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(pump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(pump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(pump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(pump, diagnostics, context);
		if (result || diagnostics != null) result &= validatePump_pumpDirection(pump, diagnostics, context);
		if (result || diagnostics != null) result &= validatePump_arterialBubbleDetector(pump, diagnostics, context);
		return result;
	}

	/**
	 * Validates the pumpDirection constraint of '<em>Pump</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePump_pumpDirection(Pump pump, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return pump.pumpDirection(diagnostics, context);
	}

	/**
	 * Validates the arterialBubbleDetector constraint of '<em>Pump</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePump_arterialBubbleDetector(Pump pump, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return pump.arterialBubbleDetector(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRollerPump(RollerPump rollerPump, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(rollerPump, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(rollerPump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(rollerPump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(rollerPump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(rollerPump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(rollerPump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(rollerPump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(rollerPump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(rollerPump, diagnostics, context);
		if (result || diagnostics != null) result &= validatePump_pumpDirection(rollerPump, diagnostics, context);
		if (result || diagnostics != null) result &= validatePump_arterialBubbleDetector(rollerPump, diagnostics, context);
		if (result || diagnostics != null) result &= validateRollerPump_reservoirLevelDetector(rollerPump, diagnostics, context);
		if (result || diagnostics != null) result &= validateRollerPump_occlusionInRange(rollerPump, diagnostics, context);
		return result;
	}

	/**
	 * Validates the reservoirLevelDetector constraint of '<em>Roller Pump</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRollerPump_reservoirLevelDetector(RollerPump rollerPump, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return rollerPump.reservoirLevelDetector(diagnostics, context);
	}

	/**
	 * Validates the occlusionInRange constraint of '<em>Roller Pump</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRollerPump_occlusionInRange(RollerPump rollerPump, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return rollerPump.occlusionInRange(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCentrifugalPump(CentrifugalPump centrifugalPump, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(centrifugalPump, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(centrifugalPump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(centrifugalPump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(centrifugalPump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(centrifugalPump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(centrifugalPump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(centrifugalPump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(centrifugalPump, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(centrifugalPump, diagnostics, context);
		if (result || diagnostics != null) result &= validatePump_pumpDirection(centrifugalPump, diagnostics, context);
		if (result || diagnostics != null) result &= validatePump_arterialBubbleDetector(centrifugalPump, diagnostics, context);
		if (result || diagnostics != null) result &= validateCentrifugalPump_flowProbe(centrifugalPump, diagnostics, context);
		if (result || diagnostics != null) result &= validateCentrifugalPump_backflowProtection(centrifugalPump, diagnostics, context);
		return result;
	}

	/**
	 * Validates the flowProbe constraint of '<em>Centrifugal Pump</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCentrifugalPump_flowProbe(CentrifugalPump centrifugalPump, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return centrifugalPump.flowProbe(diagnostics, context);
	}

	/**
	 * Validates the backflowProtection constraint of '<em>Centrifugal Pump</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCentrifugalPump_backflowProtection(CentrifugalPump centrifugalPump, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return centrifugalPump.backflowProtection(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOxygenator(Oxygenator oxygenator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(oxygenator, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(oxygenator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(oxygenator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(oxygenator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(oxygenator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(oxygenator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(oxygenator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(oxygenator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(oxygenator, diagnostics, context);
		if (result || diagnostics != null) result &= validateOxygenator_gasSupply(oxygenator, diagnostics, context);
		if (result || diagnostics != null) result &= validateOxygenator_heatExchangerWater(oxygenator, diagnostics, context);
		if (result || diagnostics != null) result &= validateOxygenator_ratedForTargetFlow(oxygenator, diagnostics, context);
		return result;
	}

	/**
	 * Validates the gasSupply constraint of '<em>Oxygenator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOxygenator_gasSupply(Oxygenator oxygenator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return oxygenator.gasSupply(diagnostics, context);
	}

	/**
	 * Validates the heatExchangerWater constraint of '<em>Oxygenator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOxygenator_heatExchangerWater(Oxygenator oxygenator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return oxygenator.heatExchangerWater(diagnostics, context);
	}

	/**
	 * Validates the ratedForTargetFlow constraint of '<em>Oxygenator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOxygenator_ratedForTargetFlow(Oxygenator oxygenator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return oxygenator.ratedForTargetFlow(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArterialFilter(ArterialFilter arterialFilter, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(arterialFilter, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCardioplegiaSet(CardioplegiaSet cardioplegiaSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(cardioplegiaSet, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(cardioplegiaSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(cardioplegiaSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(cardioplegiaSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(cardioplegiaSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(cardioplegiaSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(cardioplegiaSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(cardioplegiaSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(cardioplegiaSet, diagnostics, context);
		if (result || diagnostics != null) result &= validateCardioplegiaSet_deliveryComplete(cardioplegiaSet, diagnostics, context);
		return result;
	}

	/**
	 * Validates the deliveryComplete constraint of '<em>Cardioplegia Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCardioplegiaSet_deliveryComplete(CardioplegiaSet cardioplegiaSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return cardioplegiaSet.deliveryComplete(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSuctionVent(SuctionVent suctionVent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(suctionVent, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(suctionVent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(suctionVent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(suctionVent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(suctionVent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(suctionVent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(suctionVent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(suctionVent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(suctionVent, diagnostics, context);
		if (result || diagnostics != null) result &= validateSuctionVent_ventOneWayValve(suctionVent, diagnostics, context);
		if (result || diagnostics != null) result &= validateSuctionVent_returnsToCardiotomyFilter(suctionVent, diagnostics, context);
		return result;
	}

	/**
	 * Validates the ventOneWayValve constraint of '<em>Suction Vent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSuctionVent_ventOneWayValve(SuctionVent suctionVent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return suctionVent.ventOneWayValve(diagnostics, context);
	}

	/**
	 * Validates the returnsToCardiotomyFilter constraint of '<em>Suction Vent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSuctionVent_returnsToCardiotomyFilter(SuctionVent suctionVent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return suctionVent.returnsToCardiotomyFilter(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHemoconcentrator(Hemoconcentrator hemoconcentrator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(hemoconcentrator, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOneWayValve(OneWayValve oneWayValve, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(oneWayValve, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClamp(Clamp clamp, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(clamp, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(clamp, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(clamp, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(clamp, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(clamp, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(clamp, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(clamp, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(clamp, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(clamp, diagnostics, context);
		if (result || diagnostics != null) result &= validateClamp_openOnMainPath(clamp, diagnostics, context);
		return result;
	}

	/**
	 * Validates the openOnMainPath constraint of '<em>Clamp</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClamp_openOnMainPath(Clamp clamp, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return clamp.openOnMainPath(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSensor(Sensor sensor, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(sensor, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(sensor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(sensor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(sensor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(sensor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(sensor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(sensor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(sensor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(sensor, diagnostics, context);
		if (result || diagnostics != null) result &= validateSensor_attached(sensor, diagnostics, context);
		return result;
	}

	/**
	 * Validates the attached constraint of '<em>Sensor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSensor_attached(Sensor sensor, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return sensor.attached(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGasBlender(GasBlender gasBlender, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(gasBlender, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(gasBlender, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(gasBlender, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(gasBlender, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(gasBlender, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(gasBlender, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(gasBlender, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(gasBlender, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(gasBlender, diagnostics, context);
		if (result || diagnostics != null) result &= validateGasBlender_minimumSweep(gasBlender, diagnostics, context);
		return result;
	}

	/**
	 * Validates the minimumSweep constraint of '<em>Gas Blender</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGasBlender_minimumSweep(GasBlender gasBlender, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return gasBlender.minimumSweep(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHeaterCooler(HeaterCooler heaterCooler, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(heaterCooler, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(heaterCooler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(heaterCooler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(heaterCooler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(heaterCooler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(heaterCooler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(heaterCooler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(heaterCooler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(heaterCooler, diagnostics, context);
		if (result || diagnostics != null) result &= validateHeaterCooler_waterTemperatureLimit(heaterCooler, diagnostics, context);
		return result;
	}

	/**
	 * Validates the waterTemperatureLimit constraint of '<em>Heater Cooler</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHeaterCooler_waterTemperatureLimit(HeaterCooler heaterCooler, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return heaterCooler.waterTemperatureLimit(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePatient(Patient patient, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(patient, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClinicalCase(ClinicalCase clinicalCase, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(clinicalCase, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCircuitKind(CircuitKind circuitKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePortKind(PortKind portKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLineRole(LineRole lineRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTubeMaterial(TubeMaterial tubeMaterial, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCannulaKind(CannulaKind cannulaKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReservoirType(ReservoirType reservoirType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePumpRole(PumpRole pumpRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSensorKind(SensorKind sensorKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConnectorKind(ConnectorKind connectorKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCardioplegiaProtocol(CardioplegiaProtocol cardioplegiaProtocol, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSuctionVentKind(SuctionVentKind suctionVentKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSex(Sex sex, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //CircuitValidator
