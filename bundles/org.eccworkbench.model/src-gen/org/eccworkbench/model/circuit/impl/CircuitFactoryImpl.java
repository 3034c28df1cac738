/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.impl;

import org.eccworkbench.model.circuit.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CircuitFactoryImpl extends EFactoryImpl implements CircuitFactory {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CircuitFactory init() {
		try {
			CircuitFactory theCircuitFactory = (CircuitFactory)EPackage.Registry.INSTANCE.getEFactory(CircuitPackage.eNS_URI);
			if (theCircuitFactory != null) {
				return theCircuitFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CircuitFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CircuitFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CircuitPackage.CIRCUIT: return createCircuit();
			case CircuitPackage.PORT: return createPort();
			case CircuitPackage.CONNECTION: return createConnection();
			case CircuitPackage.PATIENT_NODE: return createPatientNode();
			case CircuitPackage.CANNULA: return createCannula();
			case CircuitPackage.CONNECTOR: return createConnector();
			case CircuitPackage.RESERVOIR: return createReservoir();
			case CircuitPackage.ROLLER_PUMP: return createRollerPump();
			case CircuitPackage.CENTRIFUGAL_PUMP: return createCentrifugalPump();
			case CircuitPackage.OXYGENATOR: return createOxygenator();
			case CircuitPackage.ARTERIAL_FILTER: return createArterialFilter();
			case CircuitPackage.CARDIOPLEGIA_SET: return createCardioplegiaSet();
			case CircuitPackage.SUCTION_VENT: return createSuctionVent();
			case CircuitPackage.HEMOCONCENTRATOR: return createHemoconcentrator();
			case CircuitPackage.ONE_WAY_VALVE: return createOneWayValve();
			case CircuitPackage.CLAMP: return createClamp();
			case CircuitPackage.SENSOR: return createSensor();
			case CircuitPackage.GAS_BLENDER: return createGasBlender();
			case CircuitPackage.HEATER_COOLER: return createHeaterCooler();
			case CircuitPackage.PATIENT: return createPatient();
			case CircuitPackage.CLINICAL_CASE: return createClinicalCase();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CircuitPackage.CIRCUIT_KIND:
				return createCircuitKindFromString(eDataType, initialValue);
			case CircuitPackage.PORT_KIND:
				return createPortKindFromString(eDataType, initialValue);
			case CircuitPackage.LINE_ROLE:
				return createLineRoleFromString(eDataType, initialValue);
			case CircuitPackage.TUBE_MATERIAL:
				return createTubeMaterialFromString(eDataType, initialValue);
			case CircuitPackage.CANNULA_KIND:
				return createCannulaKindFromString(eDataType, initialValue);
			case CircuitPackage.RESERVOIR_TYPE:
				return createReservoirTypeFromString(eDataType, initialValue);
			case CircuitPackage.PUMP_ROLE:
				return createPumpRoleFromString(eDataType, initialValue);
			case CircuitPackage.SENSOR_KIND:
				return createSensorKindFromString(eDataType, initialValue);
			case CircuitPackage.CONNECTOR_KIND:
				return createConnectorKindFromString(eDataType, initialValue);
			case CircuitPackage.CARDIOPLEGIA_PROTOCOL:
				return createCardioplegiaProtocolFromString(eDataType, initialValue);
			case CircuitPackage.SUCTION_VENT_KIND:
				return createSuctionVentKindFromString(eDataType, initialValue);
			case CircuitPackage.SEX:
				return createSexFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CircuitPackage.CIRCUIT_KIND:
				return convertCircuitKindToString(eDataType, instanceValue);
			case CircuitPackage.PORT_KIND:
				return convertPortKindToString(eDataType, instanceValue);
			case CircuitPackage.LINE_ROLE:
				return convertLineRoleToString(eDataType, instanceValue);
			case CircuitPackage.TUBE_MATERIAL:
				return convertTubeMaterialToString(eDataType, instanceValue);
			case CircuitPackage.CANNULA_KIND:
				return convertCannulaKindToString(eDataType, instanceValue);
			case CircuitPackage.RESERVOIR_TYPE:
				return convertReservoirTypeToString(eDataType, instanceValue);
			case CircuitPackage.PUMP_ROLE:
				return convertPumpRoleToString(eDataType, instanceValue);
			case CircuitPackage.SENSOR_KIND:
				return convertSensorKindToString(eDataType, instanceValue);
			case CircuitPackage.CONNECTOR_KIND:
				return convertConnectorKindToString(eDataType, instanceValue);
			case CircuitPackage.CARDIOPLEGIA_PROTOCOL:
				return convertCardioplegiaProtocolToString(eDataType, instanceValue);
			case CircuitPackage.SUCTION_VENT_KIND:
				return convertSuctionVentKindToString(eDataType, instanceValue);
			case CircuitPackage.SEX:
				return convertSexToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Circuit createCircuit() {
		CircuitImpl circuit = new CircuitImpl();
		return circuit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port createPort() {
		PortImpl port = new PortImpl();
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Connection createConnection() {
		ConnectionImpl connection = new ConnectionImpl();
		return connection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatientNode createPatientNode() {
		PatientNodeImpl patientNode = new PatientNodeImpl();
		return patientNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cannula createCannula() {
		CannulaImpl cannula = new CannulaImpl();
		return cannula;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Connector createConnector() {
		ConnectorImpl connector = new ConnectorImpl();
		return connector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reservoir createReservoir() {
		ReservoirImpl reservoir = new ReservoirImpl();
		return reservoir;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RollerPump createRollerPump() {
		RollerPumpImpl rollerPump = new RollerPumpImpl();
		return rollerPump;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CentrifugalPump createCentrifugalPump() {
		CentrifugalPumpImpl centrifugalPump = new CentrifugalPumpImpl();
		return centrifugalPump;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Oxygenator createOxygenator() {
		OxygenatorImpl oxygenator = new OxygenatorImpl();
		return oxygenator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArterialFilter createArterialFilter() {
		ArterialFilterImpl arterialFilter = new ArterialFilterImpl();
		return arterialFilter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CardioplegiaSet createCardioplegiaSet() {
		CardioplegiaSetImpl cardioplegiaSet = new CardioplegiaSetImpl();
		return cardioplegiaSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SuctionVent createSuctionVent() {
		SuctionVentImpl suctionVent = new SuctionVentImpl();
		return suctionVent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hemoconcentrator createHemoconcentrator() {
		HemoconcentratorImpl hemoconcentrator = new HemoconcentratorImpl();
		return hemoconcentrator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OneWayValve createOneWayValve() {
		OneWayValveImpl oneWayValve = new OneWayValveImpl();
		return oneWayValve;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Clamp createClamp() {
		ClampImpl clamp = new ClampImpl();
		return clamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sensor createSensor() {
		SensorImpl sensor = new SensorImpl();
		return sensor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GasBlender createGasBlender() {
		GasBlenderImpl gasBlender = new GasBlenderImpl();
		return gasBlender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HeaterCooler createHeaterCooler() {
		HeaterCoolerImpl heaterCooler = new HeaterCoolerImpl();
		return heaterCooler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Patient createPatient() {
		PatientImpl patient = new PatientImpl();
		return patient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClinicalCase createClinicalCase() {
		ClinicalCaseImpl clinicalCase = new ClinicalCaseImpl();
		return clinicalCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CircuitKind createCircuitKindFromString(EDataType eDataType, String initialValue) {
		CircuitKind result = CircuitKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCircuitKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PortKind createPortKindFromString(EDataType eDataType, String initialValue) {
		PortKind result = PortKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPortKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LineRole createLineRoleFromString(EDataType eDataType, String initialValue) {
		LineRole result = LineRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLineRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TubeMaterial createTubeMaterialFromString(EDataType eDataType, String initialValue) {
		TubeMaterial result = TubeMaterial.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTubeMaterialToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CannulaKind createCannulaKindFromString(EDataType eDataType, String initialValue) {
		CannulaKind result = CannulaKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCannulaKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReservoirType createReservoirTypeFromString(EDataType eDataType, String initialValue) {
		ReservoirType result = ReservoirType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReservoirTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PumpRole createPumpRoleFromString(EDataType eDataType, String initialValue) {
		PumpRole result = PumpRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPumpRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SensorKind createSensorKindFromString(EDataType eDataType, String initialValue) {
		SensorKind result = SensorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSensorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConnectorKind createConnectorKindFromString(EDataType eDataType, String initialValue) {
		ConnectorKind result = ConnectorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConnectorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CardioplegiaProtocol createCardioplegiaProtocolFromString(EDataType eDataType, String initialValue) {
		CardioplegiaProtocol result = CardioplegiaProtocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCardioplegiaProtocolToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SuctionVentKind createSuctionVentKindFromString(EDataType eDataType, String initialValue) {
		SuctionVentKind result = SuctionVentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSuctionVentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sex createSexFromString(EDataType eDataType, String initialValue) {
		Sex result = Sex.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSexToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CircuitPackage getCircuitPackage() {
		return (CircuitPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CircuitPackage getPackage() {
		return CircuitPackage.eINSTANCE;
	}

} //CircuitFactoryImpl
