/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.impl;

import org.eccworkbench.model.circuit.ArterialFilter;
import org.eccworkbench.model.circuit.Cannula;
import org.eccworkbench.model.circuit.CannulaKind;
import org.eccworkbench.model.circuit.CardioplegiaProtocol;
import org.eccworkbench.model.circuit.CardioplegiaSet;
import org.eccworkbench.model.circuit.CentrifugalPump;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.CircuitFactory;
import org.eccworkbench.model.circuit.CircuitKind;
import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.Clamp;
import org.eccworkbench.model.circuit.ClinicalCase;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Connector;
import org.eccworkbench.model.circuit.ConnectorKind;
import org.eccworkbench.model.circuit.GasBlender;
import org.eccworkbench.model.circuit.HeaterCooler;
import org.eccworkbench.model.circuit.Hemoconcentrator;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.OneWayValve;
import org.eccworkbench.model.circuit.Oxygenator;
import org.eccworkbench.model.circuit.Patient;
import org.eccworkbench.model.circuit.PatientNode;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.PortKind;
import org.eccworkbench.model.circuit.Pump;
import org.eccworkbench.model.circuit.PumpRole;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.model.circuit.ReservoirType;
import org.eccworkbench.model.circuit.RollerPump;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.model.circuit.SensorKind;
import org.eccworkbench.model.circuit.Sex;
import org.eccworkbench.model.circuit.SuctionVent;
import org.eccworkbench.model.circuit.SuctionVentKind;
import org.eccworkbench.model.circuit.TubeMaterial;

import org.eccworkbench.model.circuit.util.CircuitValidator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EGenericType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CircuitPackageImpl extends EPackageImpl implements CircuitPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass circuitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass circuitElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass componentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass portEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass connectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass patientNodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cannulaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass connectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reservoirEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pumpEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rollerPumpEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass centrifugalPumpEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass oxygenatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass arterialFilterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cardioplegiaSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass suctionVentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hemoconcentratorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass oneWayValveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clampEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sensorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gasBlenderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass heaterCoolerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass patientEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clinicalCaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum circuitKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum portKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lineRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tubeMaterialEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cannulaKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reservoirTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pumpRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sensorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum connectorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cardioplegiaProtocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum suctionVentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sexEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.eccworkbench.model.circuit.CircuitPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CircuitPackageImpl() {
		super(eNS_URI, CircuitFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CircuitPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CircuitPackage init() {
		if (isInited) return (CircuitPackage)EPackage.Registry.INSTANCE.getEPackage(CircuitPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCircuitPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CircuitPackageImpl theCircuitPackage = registeredCircuitPackage instanceof CircuitPackageImpl ? (CircuitPackageImpl)registeredCircuitPackage : new CircuitPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCircuitPackage.createPackageContents();

		// Initialize created meta-data
		theCircuitPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theCircuitPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return CircuitValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theCircuitPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CircuitPackage.eNS_URI, theCircuitPackage);
		return theCircuitPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCircuit() {
		return circuitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCircuit_Name() {
		return (EAttribute)circuitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCircuit_Description() {
		return (EAttribute)circuitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCircuit_ModelVersion() {
		return (EAttribute)circuitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCircuit_Kind() {
		return (EAttribute)circuitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCircuit_Components() {
		return (EReference)circuitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCircuit_Connections() {
		return (EReference)circuitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCircuit_Patient() {
		return (EReference)circuitEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCircuit_ClinicalCase() {
		return (EReference)circuitEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCircuit__ClosedBloodLoop__DiagnosticChain_Map() {
		return circuitEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCircuit__OxygenatorOnArterialPath__DiagnosticChain_Map() {
		return circuitEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCircuit__ArterialPressureMonitored__DiagnosticChain_Map() {
		return circuitEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCircuit__ArterialFilterPresent__DiagnosticChain_Map() {
		return circuitEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCircuit__ArterialTemperatureMonitored__DiagnosticChain_Map() {
		return circuitEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCircuit__PatientDataComplete__DiagnosticChain_Map() {
		return circuitEClass.getEOperations().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCircuit__FindElement__String() {
		return circuitEClass.getEOperations().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCircuitElement() {
		return circuitElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCircuitElement_Id() {
		return (EAttribute)circuitElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCircuitElement_Name() {
		return (EAttribute)circuitElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCircuitElement_Notes() {
		return (EAttribute)circuitElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComponent() {
		return componentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_ProductId() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_PrimeMl() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_X() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponent_Y() {
		return (EAttribute)componentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponent_Ports() {
		return (EReference)componentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getComponent__FindPort__String() {
		return componentEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPort() {
		return portEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_Id() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_Name() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_Kind() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_DiameterInch() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPort_Component() {
		return (EReference)portEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPort__Connected__DiagnosticChain_Map() {
		return portEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPort__ConnectedOnce__DiagnosticChain_Map() {
		return portEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPort__IsBlood() {
		return portEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConnection() {
		return connectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConnection_Source() {
		return (EReference)connectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConnection_Target() {
		return (EReference)connectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnection_InternalDiameterInch() {
		return (EAttribute)connectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnection_LengthM() {
		return (EAttribute)connectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnection_Material() {
		return (EAttribute)connectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnection_Role() {
		return (EAttribute)connectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConnection__PortDirection__DiagnosticChain_Map() {
		return connectionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConnection__PortKindsCompatible__DiagnosticChain_Map() {
		return connectionEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConnection__DiameterMatchesPorts__DiagnosticChain_Map() {
		return connectionEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConnection__RecirculationLineSize__DiagnosticChain_Map() {
		return connectionEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConnection__TubeFlowForTargetFlow__DiagnosticChain_Map() {
		return connectionEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConnection__PrimeVolumeMl() {
		return connectionEClass.getEOperations().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPatientNode() {
		return patientNodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCannula() {
		return cannulaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCannula_CannulaKind() {
		return (EAttribute)cannulaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCannula_SizeFr() {
		return (EAttribute)cannulaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCannula_Site() {
		return (EAttribute)cannulaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCannula__FlowForTargetFlow__DiagnosticChain_Map() {
		return cannulaEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConnector() {
		return connectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnector_ConnectorKind() {
		return (EAttribute)connectorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReservoir() {
		return reservoirEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReservoir_ReservoirType() {
		return (EAttribute)reservoirEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReservoir_CapacityMl() {
		return (EAttribute)reservoirEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReservoir_MinimumLevelMl() {
		return (EAttribute)reservoirEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReservoir_VacuumAssisted() {
		return (EAttribute)reservoirEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReservoir_CardiotomyFilter() {
		return (EAttribute)reservoirEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getReservoir__MinimumLevelKnown__DiagnosticChain_Map() {
		return reservoirEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPump() {
		return pumpEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPump_Role() {
		return (EAttribute)pumpEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPump__PumpDirection__DiagnosticChain_Map() {
		return pumpEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPump__ArterialBubbleDetector__DiagnosticChain_Map() {
		return pumpEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRollerPump() {
		return rollerPumpEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRollerPump_BootInternalDiameterInch() {
		return (EAttribute)rollerPumpEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRollerPump_StrokeVolumeMlPerRev() {
		return (EAttribute)rollerPumpEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRollerPump_Occlusion() {
		return (EAttribute)rollerPumpEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getRollerPump__ReservoirLevelDetector__DiagnosticChain_Map() {
		return rollerPumpEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getRollerPump__OcclusionInRange__DiagnosticChain_Map() {
		return rollerPumpEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCentrifugalPump() {
		return centrifugalPumpEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCentrifugalPump_MaxRpm() {
		return (EAttribute)centrifugalPumpEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCentrifugalPump__FlowProbe__DiagnosticChain_Map() {
		return centrifugalPumpEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCentrifugalPump__BackflowProtection__DiagnosticChain_Map() {
		return centrifugalPumpEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOxygenator() {
		return oxygenatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOxygenator_RatedFlowLMin() {
		return (EAttribute)oxygenatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOxygenator_HeatExchanger() {
		return (EAttribute)oxygenatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOxygenator_IntegratedArterialFilter() {
		return (EAttribute)oxygenatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getOxygenator__GasSupply__DiagnosticChain_Map() {
		return oxygenatorEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getOxygenator__HeatExchangerWater__DiagnosticChain_Map() {
		return oxygenatorEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getOxygenator__RatedForTargetFlow__DiagnosticChain_Map() {
		return oxygenatorEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArterialFilter() {
		return arterialFilterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArterialFilter_PoreSizeUm() {
		return (EAttribute)arterialFilterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCardioplegiaSet() {
		return cardioplegiaSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCardioplegiaSet_Protocol() {
		return (EAttribute)cardioplegiaSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCardioplegiaSet_BloodToCrystalloidRatio() {
		return (EAttribute)cardioplegiaSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCardioplegiaSet_HeatExchanger() {
		return (EAttribute)cardioplegiaSetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCardioplegiaSet__DeliveryComplete__DiagnosticChain_Map() {
		return cardioplegiaSetEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSuctionVent() {
		return suctionVentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuctionVent_SuctionVentKind() {
		return (EAttribute)suctionVentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSuctionVent__VentOneWayValve__DiagnosticChain_Map() {
		return suctionVentEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSuctionVent__ReturnsToCardiotomyFilter__DiagnosticChain_Map() {
		return suctionVentEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHemoconcentrator() {
		return hemoconcentratorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOneWayValve() {
		return oneWayValveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClamp() {
		return clampEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClamp_Closed() {
		return (EAttribute)clampEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClamp__OpenOnMainPath__DiagnosticChain_Map() {
		return clampEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSensor() {
		return sensorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSensor_SensorKind() {
		return (EAttribute)sensorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSensor_AttachedTo() {
		return (EReference)sensorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSensor__Attached__DiagnosticChain_Map() {
		return sensorEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGasBlender() {
		return gasBlenderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGasBlender_Fio2Percent() {
		return (EAttribute)gasBlenderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGasBlender_SweepLMin() {
		return (EAttribute)gasBlenderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getGasBlender__MinimumSweep__DiagnosticChain_Map() {
		return gasBlenderEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHeaterCooler() {
		return heaterCoolerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeaterCooler_WaterTemperatureC() {
		return (EAttribute)heaterCoolerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getHeaterCooler__WaterTemperatureLimit__DiagnosticChain_Map() {
		return heaterCoolerEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPatient() {
		return patientEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_AgeYears() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_Sex() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_HeightCm() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_WeightKg() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_HematocritPercent() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_HemoglobinGDl() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatient_BloodVolumeMl() {
		return (EAttribute)patientEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClinicalCase() {
		return clinicalCaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClinicalCase_Procedure() {
		return (EAttribute)clinicalCaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClinicalCase_PlannedTemperatureC() {
		return (EAttribute)clinicalCaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClinicalCase_TargetCardiacIndex() {
		return (EAttribute)clinicalCaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClinicalCase_ExpectedBypassMinutes() {
		return (EAttribute)clinicalCaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCircuitKind() {
		return circuitKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPortKind() {
		return portKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLineRole() {
		return lineRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTubeMaterial() {
		return tubeMaterialEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCannulaKind() {
		return cannulaKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReservoirType() {
		return reservoirTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPumpRole() {
		return pumpRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSensorKind() {
		return sensorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConnectorKind() {
		return connectorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCardioplegiaProtocol() {
		return cardioplegiaProtocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSuctionVentKind() {
		return suctionVentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSex() {
		return sexEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CircuitFactory getCircuitFactory() {
		return (CircuitFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		circuitEClass = createEClass(CIRCUIT);
		createEAttribute(circuitEClass, CIRCUIT__NAME);
		createEAttribute(circuitEClass, CIRCUIT__DESCRIPTION);
		createEAttribute(circuitEClass, CIRCUIT__MODEL_VERSION);
		createEAttribute(circuitEClass, CIRCUIT__KIND);
		createEReference(circuitEClass, CIRCUIT__COMPONENTS);
		createEReference(circuitEClass, CIRCUIT__CONNECTIONS);
		createEReference(circuitEClass, CIRCUIT__PATIENT);
		createEReference(circuitEClass, CIRCUIT__CLINICAL_CASE);
		createEOperation(circuitEClass, CIRCUIT___CLOSED_BLOOD_LOOP__DIAGNOSTICCHAIN_MAP);
		createEOperation(circuitEClass, CIRCUIT___OXYGENATOR_ON_ARTERIAL_PATH__DIAGNOSTICCHAIN_MAP);
		createEOperation(circuitEClass, CIRCUIT___ARTERIAL_PRESSURE_MONITORED__DIAGNOSTICCHAIN_MAP);
		createEOperation(circuitEClass, CIRCUIT___ARTERIAL_FILTER_PRESENT__DIAGNOSTICCHAIN_MAP);
		createEOperation(circuitEClass, CIRCUIT___ARTERIAL_TEMPERATURE_MONITORED__DIAGNOSTICCHAIN_MAP);
		createEOperation(circuitEClass, CIRCUIT___PATIENT_DATA_COMPLETE__DIAGNOSTICCHAIN_MAP);
		createEOperation(circuitEClass, CIRCUIT___FIND_ELEMENT__STRING);

		circuitElementEClass = createEClass(CIRCUIT_ELEMENT);
		createEAttribute(circuitElementEClass, CIRCUIT_ELEMENT__ID);
		createEAttribute(circuitElementEClass, CIRCUIT_ELEMENT__NAME);
		createEAttribute(circuitElementEClass, CIRCUIT_ELEMENT__NOTES);

		componentEClass = createEClass(COMPONENT);
		createEAttribute(componentEClass, COMPONENT__PRODUCT_ID);
		createEAttribute(componentEClass, COMPONENT__PRIME_ML);
		createEAttribute(componentEClass, COMPONENT__X);
		createEAttribute(componentEClass, COMPONENT__Y);
		createEReference(componentEClass, COMPONENT__PORTS);
		createEOperation(componentEClass, COMPONENT___FIND_PORT__STRING);

		portEClass = createEClass(PORT);
		createEAttribute(portEClass, PORT__ID);
		createEAttribute(portEClass, PORT__NAME);
		createEAttribute(portEClass, PORT__KIND);
		createEAttribute(portEClass, PORT__DIAMETER_INCH);
		createEReference(portEClass, PORT__COMPONENT);
		createEOperation(portEClass, PORT___CONNECTED__DIAGNOSTICCHAIN_MAP);
		createEOperation(portEClass, PORT___CONNECTED_ONCE__DIAGNOSTICCHAIN_MAP);
		createEOperation(portEClass, PORT___IS_BLOOD);

		connectionEClass = createEClass(CONNECTION);
		createEReference(connectionEClass, CONNECTION__SOURCE);
		createEReference(connectionEClass, CONNECTION__TARGET);
		createEAttribute(connectionEClass, CONNECTION__INTERNAL_DIAMETER_INCH);
		createEAttribute(connectionEClass, CONNECTION__LENGTH_M);
		createEAttribute(connectionEClass, CONNECTION__MATERIAL);
		createEAttribute(connectionEClass, CONNECTION__ROLE);
		createEOperation(connectionEClass, CONNECTION___PORT_DIRECTION__DIAGNOSTICCHAIN_MAP);
		createEOperation(connectionEClass, CONNECTION___PORT_KINDS_COMPATIBLE__DIAGNOSTICCHAIN_MAP);
		createEOperation(connectionEClass, CONNECTION___DIAMETER_MATCHES_PORTS__DIAGNOSTICCHAIN_MAP);
		createEOperation(connectionEClass, CONNECTION___RECIRCULATION_LINE_SIZE__DIAGNOSTICCHAIN_MAP);
		createEOperation(connectionEClass, CONNECTION___TUBE_FLOW_FOR_TARGET_FLOW__DIAGNOSTICCHAIN_MAP);
		createEOperation(connectionEClass, CONNECTION___PRIME_VOLUME_ML);

		patientNodeEClass = createEClass(PATIENT_NODE);

		cannulaEClass = createEClass(CANNULA);
		createEAttribute(cannulaEClass, CANNULA__CANNULA_KIND);
		createEAttribute(cannulaEClass, CANNULA__SIZE_FR);
		createEAttribute(cannulaEClass, CANNULA__SITE);
		createEOperation(cannulaEClass, CANNULA___FLOW_FOR_TARGET_FLOW__DIAGNOSTICCHAIN_MAP);

		connectorEClass = createEClass(CONNECTOR);
		createEAttribute(connectorEClass, CONNECTOR__CONNECTOR_KIND);

		reservoirEClass = createEClass(RESERVOIR);
		createEAttribute(reservoirEClass, RESERVOIR__RESERVOIR_TYPE);
		createEAttribute(reservoirEClass, RESERVOIR__CAPACITY_ML);
		createEAttribute(reservoirEClass, RESERVOIR__MINIMUM_LEVEL_ML);
		createEAttribute(reservoirEClass, RESERVOIR__VACUUM_ASSISTED);
		createEAttribute(reservoirEClass, RESERVOIR__CARDIOTOMY_FILTER);
		createEOperation(reservoirEClass, RESERVOIR___MINIMUM_LEVEL_KNOWN__DIAGNOSTICCHAIN_MAP);

		pumpEClass = createEClass(PUMP);
		createEAttribute(pumpEClass, PUMP__ROLE);
		createEOperation(pumpEClass, PUMP___PUMP_DIRECTION__DIAGNOSTICCHAIN_MAP);
		createEOperation(pumpEClass, PUMP___ARTERIAL_BUBBLE_DETECTOR__DIAGNOSTICCHAIN_MAP);

		rollerPumpEClass = createEClass(ROLLER_PUMP);
		createEAttribute(rollerPumpEClass, ROLLER_PUMP__BOOT_INTERNAL_DIAMETER_INCH);
		createEAttribute(rollerPumpEClass, ROLLER_PUMP__STROKE_VOLUME_ML_PER_REV);
		createEAttribute(rollerPumpEClass, ROLLER_PUMP__OCCLUSION);
		createEOperation(rollerPumpEClass, ROLLER_PUMP___RESERVOIR_LEVEL_DETECTOR__DIAGNOSTICCHAIN_MAP);
		createEOperation(rollerPumpEClass, ROLLER_PUMP___OCCLUSION_IN_RANGE__DIAGNOSTICCHAIN_MAP);

		centrifugalPumpEClass = createEClass(CENTRIFUGAL_PUMP);
		createEAttribute(centrifugalPumpEClass, CENTRIFUGAL_PUMP__MAX_RPM);
		createEOperation(centrifugalPumpEClass, CENTRIFUGAL_PUMP___FLOW_PROBE__DIAGNOSTICCHAIN_MAP);
		createEOperation(centrifugalPumpEClass, CENTRIFUGAL_PUMP___BACKFLOW_PROTECTION__DIAGNOSTICCHAIN_MAP);

		oxygenatorEClass = createEClass(OXYGENATOR);
		createEAttribute(oxygenatorEClass, OXYGENATOR__RATED_FLOW_LMIN);
		createEAttribute(oxygenatorEClass, OXYGENATOR__HEAT_EXCHANGER);
		createEAttribute(oxygenatorEClass, OXYGENATOR__INTEGRATED_ARTERIAL_FILTER);
		createEOperation(oxygenatorEClass, OXYGENATOR___GAS_SUPPLY__DIAGNOSTICCHAIN_MAP);
		createEOperation(oxygenatorEClass, OXYGENATOR___HEAT_EXCHANGER_WATER__DIAGNOSTICCHAIN_MAP);
		createEOperation(oxygenatorEClass, OXYGENATOR___RATED_FOR_TARGET_FLOW__DIAGNOSTICCHAIN_MAP);

		arterialFilterEClass = createEClass(ARTERIAL_FILTER);
		createEAttribute(arterialFilterEClass, ARTERIAL_FILTER__PORE_SIZE_UM);

		cardioplegiaSetEClass = createEClass(CARDIOPLEGIA_SET);
		createEAttribute(cardioplegiaSetEClass, CARDIOPLEGIA_SET__PROTOCOL);
		createEAttribute(cardioplegiaSetEClass, CARDIOPLEGIA_SET__BLOOD_TO_CRYSTALLOID_RATIO);
		createEAttribute(cardioplegiaSetEClass, CARDIOPLEGIA_SET__HEAT_EXCHANGER);
		createEOperation(cardioplegiaSetEClass, CARDIOPLEGIA_SET___DELIVERY_COMPLETE__DIAGNOSTICCHAIN_MAP);

		suctionVentEClass = createEClass(SUCTION_VENT);
		createEAttribute(suctionVentEClass, SUCTION_VENT__SUCTION_VENT_KIND);
		createEOperation(suctionVentEClass, SUCTION_VENT___VENT_ONE_WAY_VALVE__DIAGNOSTICCHAIN_MAP);
		createEOperation(suctionVentEClass, SUCTION_VENT___RETURNS_TO_CARDIOTOMY_FILTER__DIAGNOSTICCHAIN_MAP);

		hemoconcentratorEClass = createEClass(HEMOCONCENTRATOR);

		oneWayValveEClass = createEClass(ONE_WAY_VALVE);

		clampEClass = createEClass(CLAMP);
		createEAttribute(clampEClass, CLAMP__CLOSED);
		createEOperation(clampEClass, CLAMP___OPEN_ON_MAIN_PATH__DIAGNOSTICCHAIN_MAP);

		sensorEClass = createEClass(SENSOR);
		createEAttribute(sensorEClass, SENSOR__SENSOR_KIND);
		createEReference(sensorEClass, SENSOR__ATTACHED_TO);
		createEOperation(sensorEClass, SENSOR___ATTACHED__DIAGNOSTICCHAIN_MAP);

		gasBlenderEClass = createEClass(GAS_BLENDER);
		createEAttribute(gasBlenderEClass, GAS_BLENDER__FIO2_PERCENT);
		createEAttribute(gasBlenderEClass, GAS_BLENDER__SWEEP_LMIN);
		createEOperation(gasBlenderEClass, GAS_BLENDER___MINIMUM_SWEEP__DIAGNOSTICCHAIN_MAP);

		heaterCoolerEClass = createEClass(HEATER_COOLER);
		createEAttribute(heaterCoolerEClass, HEATER_COOLER__WATER_TEMPERATURE_C);
		createEOperation(heaterCoolerEClass, HEATER_COOLER___WATER_TEMPERATURE_LIMIT__DIAGNOSTICCHAIN_MAP);

		patientEClass = createEClass(PATIENT);
		createEAttribute(patientEClass, PATIENT__AGE_YEARS);
		createEAttribute(patientEClass, PATIENT__SEX);
		createEAttribute(patientEClass, PATIENT__HEIGHT_CM);
		createEAttribute(patientEClass, PATIENT__WEIGHT_KG);
		createEAttribute(patientEClass, PATIENT__HEMATOCRIT_PERCENT);
		createEAttribute(patientEClass, PATIENT__HEMOGLOBIN_GDL);
		createEAttribute(patientEClass, PATIENT__BLOOD_VOLUME_ML);

		clinicalCaseEClass = createEClass(CLINICAL_CASE);
		createEAttribute(clinicalCaseEClass, CLINICAL_CASE__PROCEDURE);
		createEAttribute(clinicalCaseEClass, CLINICAL_CASE__PLANNED_TEMPERATURE_C);
		createEAttribute(clinicalCaseEClass, CLINICAL_CASE__TARGET_CARDIAC_INDEX);
		createEAttribute(clinicalCaseEClass, CLINICAL_CASE__EXPECTED_BYPASS_MINUTES);

		// Create enums
		circuitKindEEnum = createEEnum(CIRCUIT_KIND);
		portKindEEnum = createEEnum(PORT_KIND);
		lineRoleEEnum = createEEnum(LINE_ROLE);
		tubeMaterialEEnum = createEEnum(TUBE_MATERIAL);
		cannulaKindEEnum = createEEnum(CANNULA_KIND);
		reservoirTypeEEnum = createEEnum(RESERVOIR_TYPE);
		pumpRoleEEnum = createEEnum(PUMP_ROLE);
		sensorKindEEnum = createEEnum(SENSOR_KIND);
		connectorKindEEnum = createEEnum(CONNECTOR_KIND);
		cardioplegiaProtocolEEnum = createEEnum(CARDIOPLEGIA_PROTOCOL);
		suctionVentKindEEnum = createEEnum(SUCTION_VENT_KIND);
		sexEEnum = createEEnum(SEX);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		componentEClass.getESuperTypes().add(this.getCircuitElement());
		connectionEClass.getESuperTypes().add(this.getCircuitElement());
		patientNodeEClass.getESuperTypes().add(this.getComponent());
		cannulaEClass.getESuperTypes().add(this.getComponent());
		connectorEClass.getESuperTypes().add(this.getComponent());
		reservoirEClass.getESuperTypes().add(this.getComponent());
		pumpEClass.getESuperTypes().add(this.getComponent());
		rollerPumpEClass.getESuperTypes().add(this.getPump());
		centrifugalPumpEClass.getESuperTypes().add(this.getPump());
		oxygenatorEClass.getESuperTypes().add(this.getComponent());
		arterialFilterEClass.getESuperTypes().add(this.getComponent());
		cardioplegiaSetEClass.getESuperTypes().add(this.getComponent());
		suctionVentEClass.getESuperTypes().add(this.getComponent());
		hemoconcentratorEClass.getESuperTypes().add(this.getComponent());
		oneWayValveEClass.getESuperTypes().add(this.getComponent());
		clampEClass.getESuperTypes().add(this.getComponent());
		sensorEClass.getESuperTypes().add(this.getComponent());
		gasBlenderEClass.getESuperTypes().add(this.getComponent());
		heaterCoolerEClass.getESuperTypes().add(this.getComponent());

		// Initialize classes, features, and operations; add parameters
		initEClass(circuitEClass, Circuit.class, "Circuit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCircuit_Name(), ecorePackage.getEString(), "name", null, 0, 1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCircuit_Description(), ecorePackage.getEString(), "description", null, 0, 1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCircuit_ModelVersion(), ecorePackage.getEString(), "modelVersion", null, 0, 1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCircuit_Kind(), this.getCircuitKind(), "kind", null, 0, 1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCircuit_Components(), this.getComponent(), null, "components", null, 0, -1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCircuit_Connections(), this.getConnection(), null, "connections", null, 0, -1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCircuit_Patient(), this.getPatient(), null, "patient", null, 0, 1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCircuit_ClinicalCase(), this.getClinicalCase(), null, "clinicalCase", null, 0, 1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getCircuit__ClosedBloodLoop__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "closedBloodLoop", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCircuit__OxygenatorOnArterialPath__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "oxygenatorOnArterialPath", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCircuit__ArterialPressureMonitored__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "arterialPressureMonitored", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCircuit__ArterialFilterPresent__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "arterialFilterPresent", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCircuit__ArterialTemperatureMonitored__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "arterialTemperatureMonitored", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCircuit__PatientDataComplete__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "patientDataComplete", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCircuit__FindElement__String(), this.getCircuitElement(), "findElement", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "id", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(circuitElementEClass, CircuitElement.class, "CircuitElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCircuitElement_Id(), ecorePackage.getEString(), "id", null, 1, 1, CircuitElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCircuitElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, CircuitElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCircuitElement_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, CircuitElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(componentEClass, Component.class, "Component", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComponent_ProductId(), ecorePackage.getEString(), "productId", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_PrimeMl(), ecorePackage.getEDoubleObject(), "primeMl", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_X(), ecorePackage.getEInt(), "x", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponent_Y(), ecorePackage.getEInt(), "y", null, 0, 1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComponent_Ports(), this.getPort(), this.getPort_Component(), "ports", null, 0, -1, Component.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getComponent__FindPort__String(), this.getPort(), "findPort", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "name", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(portEClass, Port.class, "Port", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPort_Id(), ecorePackage.getEString(), "id", null, 1, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPort_Name(), ecorePackage.getEString(), "name", null, 1, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPort_Kind(), this.getPortKind(), "kind", null, 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPort_DiameterInch(), ecorePackage.getEDouble(), "diameterInch", null, 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPort_Component(), this.getComponent(), this.getComponent_Ports(), "component", null, 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getPort__Connected__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "connected", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPort__ConnectedOnce__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "connectedOnce", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getPort__IsBlood(), ecorePackage.getEBoolean(), "isBlood", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(connectionEClass, Connection.class, "Connection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getConnection_Source(), this.getPort(), null, "source", null, 1, 1, Connection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConnection_Target(), this.getPort(), null, "target", null, 1, 1, Connection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnection_InternalDiameterInch(), ecorePackage.getEDouble(), "internalDiameterInch", null, 0, 1, Connection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnection_LengthM(), ecorePackage.getEDouble(), "lengthM", null, 0, 1, Connection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnection_Material(), this.getTubeMaterial(), "material", null, 0, 1, Connection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnection_Role(), this.getLineRole(), "role", null, 0, 1, Connection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getConnection__PortDirection__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "portDirection", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getConnection__PortKindsCompatible__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "portKindsCompatible", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getConnection__DiameterMatchesPorts__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "diameterMatchesPorts", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getConnection__RecirculationLineSize__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "recirculationLineSize", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getConnection__TubeFlowForTargetFlow__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "tubeFlowForTargetFlow", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getConnection__PrimeVolumeMl(), ecorePackage.getEDouble(), "primeVolumeMl", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(patientNodeEClass, PatientNode.class, "PatientNode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(cannulaEClass, Cannula.class, "Cannula", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCannula_CannulaKind(), this.getCannulaKind(), "cannulaKind", null, 0, 1, Cannula.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCannula_SizeFr(), ecorePackage.getEDouble(), "sizeFr", null, 0, 1, Cannula.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCannula_Site(), ecorePackage.getEString(), "site", null, 0, 1, Cannula.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getCannula__FlowForTargetFlow__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "flowForTargetFlow", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(connectorEClass, Connector.class, "Connector", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConnector_ConnectorKind(), this.getConnectorKind(), "connectorKind", null, 0, 1, Connector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reservoirEClass, Reservoir.class, "Reservoir", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReservoir_ReservoirType(), this.getReservoirType(), "reservoirType", null, 0, 1, Reservoir.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReservoir_CapacityMl(), ecorePackage.getEDoubleObject(), "capacityMl", null, 0, 1, Reservoir.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReservoir_MinimumLevelMl(), ecorePackage.getEDoubleObject(), "minimumLevelMl", null, 0, 1, Reservoir.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReservoir_VacuumAssisted(), ecorePackage.getEBoolean(), "vacuumAssisted", null, 0, 1, Reservoir.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReservoir_CardiotomyFilter(), ecorePackage.getEBoolean(), "cardiotomyFilter", null, 0, 1, Reservoir.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getReservoir__MinimumLevelKnown__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "minimumLevelKnown", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(pumpEClass, Pump.class, "Pump", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPump_Role(), this.getPumpRole(), "role", null, 0, 1, Pump.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getPump__PumpDirection__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "pumpDirection", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPump__ArterialBubbleDetector__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "arterialBubbleDetector", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(rollerPumpEClass, RollerPump.class, "RollerPump", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRollerPump_BootInternalDiameterInch(), ecorePackage.getEDouble(), "bootInternalDiameterInch", null, 0, 1, RollerPump.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRollerPump_StrokeVolumeMlPerRev(), ecorePackage.getEDoubleObject(), "strokeVolumeMlPerRev", null, 0, 1, RollerPump.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRollerPump_Occlusion(), ecorePackage.getEDouble(), "occlusion", "1.0", 0, 1, RollerPump.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getRollerPump__ReservoirLevelDetector__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "reservoirLevelDetector", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getRollerPump__OcclusionInRange__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "occlusionInRange", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(centrifugalPumpEClass, CentrifugalPump.class, "CentrifugalPump", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCentrifugalPump_MaxRpm(), ecorePackage.getEIntegerObject(), "maxRpm", null, 0, 1, CentrifugalPump.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getCentrifugalPump__FlowProbe__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "flowProbe", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCentrifugalPump__BackflowProtection__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "backflowProtection", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(oxygenatorEClass, Oxygenator.class, "Oxygenator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOxygenator_RatedFlowLMin(), ecorePackage.getEDoubleObject(), "ratedFlowLMin", null, 0, 1, Oxygenator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOxygenator_HeatExchanger(), ecorePackage.getEBoolean(), "heatExchanger", "true", 0, 1, Oxygenator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOxygenator_IntegratedArterialFilter(), ecorePackage.getEBoolean(), "integratedArterialFilter", null, 0, 1, Oxygenator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getOxygenator__GasSupply__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "gasSupply", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getOxygenator__HeatExchangerWater__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "heatExchangerWater", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getOxygenator__RatedForTargetFlow__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "ratedForTargetFlow", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(arterialFilterEClass, ArterialFilter.class, "ArterialFilter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArterialFilter_PoreSizeUm(), ecorePackage.getEDoubleObject(), "poreSizeUm", null, 0, 1, ArterialFilter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cardioplegiaSetEClass, CardioplegiaSet.class, "CardioplegiaSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCardioplegiaSet_Protocol(), this.getCardioplegiaProtocol(), "protocol", null, 0, 1, CardioplegiaSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCardioplegiaSet_BloodToCrystalloidRatio(), ecorePackage.getEDouble(), "bloodToCrystalloidRatio", null, 0, 1, CardioplegiaSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCardioplegiaSet_HeatExchanger(), ecorePackage.getEBoolean(), "heatExchanger", "true", 0, 1, CardioplegiaSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getCardioplegiaSet__DeliveryComplete__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "deliveryComplete", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(suctionVentEClass, SuctionVent.class, "SuctionVent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSuctionVent_SuctionVentKind(), this.getSuctionVentKind(), "suctionVentKind", null, 0, 1, SuctionVent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getSuctionVent__VentOneWayValve__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "ventOneWayValve", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getSuctionVent__ReturnsToCardiotomyFilter__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "returnsToCardiotomyFilter", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(hemoconcentratorEClass, Hemoconcentrator.class, "Hemoconcentrator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(oneWayValveEClass, OneWayValve.class, "OneWayValve", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(clampEClass, Clamp.class, "Clamp", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClamp_Closed(), ecorePackage.getEBoolean(), "closed", null, 0, 1, Clamp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getClamp__OpenOnMainPath__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "openOnMainPath", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(sensorEClass, Sensor.class, "Sensor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSensor_SensorKind(), this.getSensorKind(), "sensorKind", null, 0, 1, Sensor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSensor_AttachedTo(), this.getCircuitElement(), null, "attachedTo", null, 0, 1, Sensor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getSensor__Attached__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "attached", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(gasBlenderEClass, GasBlender.class, "GasBlender", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGasBlender_Fio2Percent(), ecorePackage.getEDouble(), "fio2Percent", "100.0", 0, 1, GasBlender.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGasBlender_SweepLMin(), ecorePackage.getEDouble(), "sweepLMin", null, 0, 1, GasBlender.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getGasBlender__MinimumSweep__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "minimumSweep", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(heaterCoolerEClass, HeaterCooler.class, "HeaterCooler", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHeaterCooler_WaterTemperatureC(), ecorePackage.getEDouble(), "waterTemperatureC", "37.0", 0, 1, HeaterCooler.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getHeaterCooler__WaterTemperatureLimit__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "waterTemperatureLimit", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(patientEClass, Patient.class, "Patient", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPatient_AgeYears(), ecorePackage.getEDoubleObject(), "ageYears", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_Sex(), this.getSex(), "sex", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_HeightCm(), ecorePackage.getEDoubleObject(), "heightCm", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_WeightKg(), ecorePackage.getEDoubleObject(), "weightKg", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_HematocritPercent(), ecorePackage.getEDoubleObject(), "hematocritPercent", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_HemoglobinGDl(), ecorePackage.getEDoubleObject(), "hemoglobinGDl", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatient_BloodVolumeMl(), ecorePackage.getEDoubleObject(), "bloodVolumeMl", null, 0, 1, Patient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clinicalCaseEClass, ClinicalCase.class, "ClinicalCase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClinicalCase_Procedure(), ecorePackage.getEString(), "procedure", null, 0, 1, ClinicalCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClinicalCase_PlannedTemperatureC(), ecorePackage.getEDoubleObject(), "plannedTemperatureC", null, 0, 1, ClinicalCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClinicalCase_TargetCardiacIndex(), ecorePackage.getEDouble(), "targetCardiacIndex", "2.4", 0, 1, ClinicalCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClinicalCase_ExpectedBypassMinutes(), ecorePackage.getEIntegerObject(), "expectedBypassMinutes", null, 0, 1, ClinicalCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(circuitKindEEnum, CircuitKind.class, "CircuitKind");
		addEEnumLiteral(circuitKindEEnum, CircuitKind.CPB);
		addEEnumLiteral(circuitKindEEnum, CircuitKind.VA_ECMO);
		addEEnumLiteral(circuitKindEEnum, CircuitKind.VV_ECMO);

		initEEnum(portKindEEnum, PortKind.class, "PortKind");
		addEEnumLiteral(portKindEEnum, PortKind.BLOOD_IN);
		addEEnumLiteral(portKindEEnum, PortKind.BLOOD_OUT);
		addEEnumLiteral(portKindEEnum, PortKind.SUCTION_IN);
		addEEnumLiteral(portKindEEnum, PortKind.GAS_IN);
		addEEnumLiteral(portKindEEnum, PortKind.GAS_OUT);
		addEEnumLiteral(portKindEEnum, PortKind.WATER_IN);
		addEEnumLiteral(portKindEEnum, PortKind.WATER_OUT);
		addEEnumLiteral(portKindEEnum, PortKind.SIGNAL);

		initEEnum(lineRoleEEnum, LineRole.class, "LineRole");
		addEEnumLiteral(lineRoleEEnum, LineRole.VENOUS);
		addEEnumLiteral(lineRoleEEnum, LineRole.ARTERIAL);
		addEEnumLiteral(lineRoleEEnum, LineRole.CARDIOPLEGIA);
		addEEnumLiteral(lineRoleEEnum, LineRole.SUCTION);
		addEEnumLiteral(lineRoleEEnum, LineRole.VENT);
		addEEnumLiteral(lineRoleEEnum, LineRole.RECIRCULATION);
		addEEnumLiteral(lineRoleEEnum, LineRole.PURGE);
		addEEnumLiteral(lineRoleEEnum, LineRole.SHUNT);
		addEEnumLiteral(lineRoleEEnum, LineRole.ULTRAFILTRATION);
		addEEnumLiteral(lineRoleEEnum, LineRole.GAS);
		addEEnumLiteral(lineRoleEEnum, LineRole.WATER);
		addEEnumLiteral(lineRoleEEnum, LineRole.SIGNAL);

		initEEnum(tubeMaterialEEnum, TubeMaterial.class, "TubeMaterial");
		addEEnumLiteral(tubeMaterialEEnum, TubeMaterial.PVC);
		addEEnumLiteral(tubeMaterialEEnum, TubeMaterial.COATED_PVC);
		addEEnumLiteral(tubeMaterialEEnum, TubeMaterial.SILICONE);
		addEEnumLiteral(tubeMaterialEEnum, TubeMaterial.POLYURETHANE);

		initEEnum(cannulaKindEEnum, CannulaKind.class, "CannulaKind");
		addEEnumLiteral(cannulaKindEEnum, CannulaKind.AORTIC);
		addEEnumLiteral(cannulaKindEEnum, CannulaKind.FEMORAL_ARTERIAL);
		addEEnumLiteral(cannulaKindEEnum, CannulaKind.VENOUS_SINGLE_STAGE);
		addEEnumLiteral(cannulaKindEEnum, CannulaKind.VENOUS_TWO_STAGE);
		addEEnumLiteral(cannulaKindEEnum, CannulaKind.VENOUS_BICAVAL);
		addEEnumLiteral(cannulaKindEEnum, CannulaKind.FEMORAL_VENOUS);
		addEEnumLiteral(cannulaKindEEnum, CannulaKind.DUAL_LUMEN);

		initEEnum(reservoirTypeEEnum, ReservoirType.class, "ReservoirType");
		addEEnumLiteral(reservoirTypeEEnum, ReservoirType.HARDSHELL);
		addEEnumLiteral(reservoirTypeEEnum, ReservoirType.SOFT_BAG);

		initEEnum(pumpRoleEEnum, PumpRole.class, "PumpRole");
		addEEnumLiteral(pumpRoleEEnum, PumpRole.ARTERIAL);
		addEEnumLiteral(pumpRoleEEnum, PumpRole.CARDIOPLEGIA);
		addEEnumLiteral(pumpRoleEEnum, PumpRole.SUCTION);
		addEEnumLiteral(pumpRoleEEnum, PumpRole.VENT);
		addEEnumLiteral(pumpRoleEEnum, PumpRole.ULTRAFILTRATION);
		addEEnumLiteral(pumpRoleEEnum, PumpRole.RECIRCULATION);

		initEEnum(sensorKindEEnum, SensorKind.class, "SensorKind");
		addEEnumLiteral(sensorKindEEnum, SensorKind.PRESSURE);
		addEEnumLiteral(sensorKindEEnum, SensorKind.TEMPERATURE);
		addEEnumLiteral(sensorKindEEnum, SensorKind.FLOW);
		addEEnumLiteral(sensorKindEEnum, SensorKind.BUBBLE);
		addEEnumLiteral(sensorKindEEnum, SensorKind.LEVEL);
		addEEnumLiteral(sensorKindEEnum, SensorKind.BLOOD_GAS);

		initEEnum(connectorKindEEnum, ConnectorKind.class, "ConnectorKind");
		addEEnumLiteral(connectorKindEEnum, ConnectorKind.STRAIGHT);
		addEEnumLiteral(connectorKindEEnum, ConnectorKind.REDUCER);
		addEEnumLiteral(connectorKindEEnum, ConnectorKind.Y);
		addEEnumLiteral(connectorKindEEnum, ConnectorKind.T);
		addEEnumLiteral(connectorKindEEnum, ConnectorKind.LUER);

		initEEnum(cardioplegiaProtocolEEnum, CardioplegiaProtocol.class, "CardioplegiaProtocol");
		addEEnumLiteral(cardioplegiaProtocolEEnum, CardioplegiaProtocol.DEL_NIDO);
		addEEnumLiteral(cardioplegiaProtocolEEnum, CardioplegiaProtocol.BLOOD_4TO_1);
		addEEnumLiteral(cardioplegiaProtocolEEnum, CardioplegiaProtocol.CUSTODIOL_HTK);
		addEEnumLiteral(cardioplegiaProtocolEEnum, CardioplegiaProtocol.ST_THOMAS);
		addEEnumLiteral(cardioplegiaProtocolEEnum, CardioplegiaProtocol.OTHER);

		initEEnum(suctionVentKindEEnum, SuctionVentKind.class, "SuctionVentKind");
		addEEnumLiteral(suctionVentKindEEnum, SuctionVentKind.SUCTION);
		addEEnumLiteral(suctionVentKindEEnum, SuctionVentKind.VENT);

		initEEnum(sexEEnum, Sex.class, "Sex");
		addEEnumLiteral(sexEEnum, Sex.UNSPECIFIED);
		addEEnumLiteral(sexEEnum, Sex.FEMALE);
		addEEnumLiteral(sexEEnum, Sex.MALE);

		// Create resource
		createResource(eNS_URI);
	}

} //CircuitPackageImpl
