/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The ECC circuit model of ECC Workbench: parts with typed ports, tube segments between them, patient and case.
 * <!-- end-model-doc -->
 * @see org.eccworkbench.model.circuit.CircuitFactory
 * @model kind="package"
 * @generated
 */
public interface CircuitPackage extends EPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "circuit";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.eccworkbench.org/model/circuit/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ecc";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CircuitPackage eINSTANCE = org.eccworkbench.model.circuit.impl.CircuitPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.CircuitImpl <em>Circuit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.CircuitImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCircuit()
	 * @generated
	 */
	int CIRCUIT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__MODEL_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__KIND = 3;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__COMPONENTS = 4;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__CONNECTIONS = 5;

	/**
	 * The feature id for the '<em><b>Patient</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__PATIENT = 6;

	/**
	 * The feature id for the '<em><b>Clinical Case</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__CLINICAL_CASE = 7;

	/**
	 * The number of structural features of the '<em>Circuit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_FEATURE_COUNT = 8;

	/**
	 * The operation id for the '<em>Closed Blood Loop</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT___CLOSED_BLOOD_LOOP__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The operation id for the '<em>Oxygenator On Arterial Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT___OXYGENATOR_ON_ARTERIAL_PATH__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The operation id for the '<em>Arterial Pressure Monitored</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT___ARTERIAL_PRESSURE_MONITORED__DIAGNOSTICCHAIN_MAP = 2;

	/**
	 * The operation id for the '<em>Arterial Filter Present</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT___ARTERIAL_FILTER_PRESENT__DIAGNOSTICCHAIN_MAP = 3;

	/**
	 * The operation id for the '<em>Arterial Temperature Monitored</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT___ARTERIAL_TEMPERATURE_MONITORED__DIAGNOSTICCHAIN_MAP = 4;

	/**
	 * The operation id for the '<em>Patient Data Complete</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT___PATIENT_DATA_COMPLETE__DIAGNOSTICCHAIN_MAP = 5;

	/**
	 * The operation id for the '<em>Find Element</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT___FIND_ELEMENT__STRING = 6;

	/**
	 * The number of operations of the '<em>Circuit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_OPERATION_COUNT = 7;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.CircuitElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.CircuitElementImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCircuitElement()
	 * @generated
	 */
	int CIRCUIT_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_ELEMENT__NOTES = 2;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.ComponentImpl <em>Component</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.ComponentImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getComponent()
	 * @generated
	 */
	int COMPONENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__ID = CIRCUIT_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__NAME = CIRCUIT_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__NOTES = CIRCUIT_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__PRODUCT_ID = CIRCUIT_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__PRIME_ML = CIRCUIT_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__X = CIRCUIT_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__Y = CIRCUIT_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__PORTS = CIRCUIT_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_FEATURE_COUNT = CIRCUIT_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT___FIND_PORT__STRING = CIRCUIT_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_OPERATION_COUNT = CIRCUIT_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.PortImpl <em>Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.PortImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getPort()
	 * @generated
	 */
	int PORT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__KIND = 2;

	/**
	 * The feature id for the '<em><b>Diameter Inch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__DIAMETER_INCH = 3;

	/**
	 * The feature id for the '<em><b>Component</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__COMPONENT = 4;

	/**
	 * The number of structural features of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FEATURE_COUNT = 5;

	/**
	 * The operation id for the '<em>Connected</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT___CONNECTED__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The operation id for the '<em>Connected Once</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT___CONNECTED_ONCE__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The operation id for the '<em>Is Blood</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT___IS_BLOOD = 2;

	/**
	 * The number of operations of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_OPERATION_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.ConnectionImpl <em>Connection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.ConnectionImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getConnection()
	 * @generated
	 */
	int CONNECTION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__ID = CIRCUIT_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__NAME = CIRCUIT_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__NOTES = CIRCUIT_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__SOURCE = CIRCUIT_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__TARGET = CIRCUIT_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Internal Diameter Inch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__INTERNAL_DIAMETER_INCH = CIRCUIT_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Length M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__LENGTH_M = CIRCUIT_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Material</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__MATERIAL = CIRCUIT_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__ROLE = CIRCUIT_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_FEATURE_COUNT = CIRCUIT_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Port Direction</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION___PORT_DIRECTION__DIAGNOSTICCHAIN_MAP = CIRCUIT_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Port Kinds Compatible</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION___PORT_KINDS_COMPATIBLE__DIAGNOSTICCHAIN_MAP = CIRCUIT_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Diameter Matches Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION___DIAMETER_MATCHES_PORTS__DIAGNOSTICCHAIN_MAP = CIRCUIT_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Recirculation Line Size</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION___RECIRCULATION_LINE_SIZE__DIAGNOSTICCHAIN_MAP = CIRCUIT_ELEMENT_OPERATION_COUNT + 3;

	/**
	 * The operation id for the '<em>Tube Flow For Target Flow</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION___TUBE_FLOW_FOR_TARGET_FLOW__DIAGNOSTICCHAIN_MAP = CIRCUIT_ELEMENT_OPERATION_COUNT + 4;

	/**
	 * The operation id for the '<em>Prime Volume Ml</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION___PRIME_VOLUME_ML = CIRCUIT_ELEMENT_OPERATION_COUNT + 5;

	/**
	 * The number of operations of the '<em>Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_OPERATION_COUNT = CIRCUIT_ELEMENT_OPERATION_COUNT + 6;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.PatientNodeImpl <em>Patient Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.PatientNodeImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getPatientNode()
	 * @generated
	 */
	int PATIENT_NODE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_NODE__ID = COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_NODE__NAME = COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_NODE__NOTES = COMPONENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_NODE__PRODUCT_ID = COMPONENT__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_NODE__PRIME_ML = COMPONENT__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_NODE__X = COMPONENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_NODE__Y = COMPONENT__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_NODE__PORTS = COMPONENT__PORTS;

	/**
	 * The number of structural features of the '<em>Patient Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_NODE_FEATURE_COUNT = COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_NODE___FIND_PORT__STRING = COMPONENT___FIND_PORT__STRING;

	/**
	 * The number of operations of the '<em>Patient Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_NODE_OPERATION_COUNT = COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.CannulaImpl <em>Cannula</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.CannulaImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCannula()
	 * @generated
	 */
	int CANNULA = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANNULA__ID = COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANNULA__NAME = COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANNULA__NOTES = COMPONENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANNULA__PRODUCT_ID = COMPONENT__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANNULA__PRIME_ML = COMPONENT__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANNULA__X = COMPONENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANNULA__Y = COMPONENT__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANNULA__PORTS = COMPONENT__PORTS;

	/**
	 * The feature id for the '<em><b>Cannula Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANNULA__CANNULA_KIND = COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANNULA__SIZE_FR = COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANNULA__SITE = COMPONENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Cannula</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANNULA_FEATURE_COUNT = COMPONENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANNULA___FIND_PORT__STRING = COMPONENT___FIND_PORT__STRING;

	/**
	 * The operation id for the '<em>Flow For Target Flow</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANNULA___FLOW_FOR_TARGET_FLOW__DIAGNOSTICCHAIN_MAP = COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Cannula</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANNULA_OPERATION_COUNT = COMPONENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.ConnectorImpl <em>Connector</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.ConnectorImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getConnector()
	 * @generated
	 */
	int CONNECTOR = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR__ID = COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR__NAME = COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR__NOTES = COMPONENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR__PRODUCT_ID = COMPONENT__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR__PRIME_ML = COMPONENT__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR__X = COMPONENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR__Y = COMPONENT__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR__PORTS = COMPONENT__PORTS;

	/**
	 * The feature id for the '<em><b>Connector Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR__CONNECTOR_KIND = COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Connector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_FEATURE_COUNT = COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR___FIND_PORT__STRING = COMPONENT___FIND_PORT__STRING;

	/**
	 * The number of operations of the '<em>Connector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_OPERATION_COUNT = COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.ReservoirImpl <em>Reservoir</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.ReservoirImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getReservoir()
	 * @generated
	 */
	int RESERVOIR = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR__ID = COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR__NAME = COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR__NOTES = COMPONENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR__PRODUCT_ID = COMPONENT__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR__PRIME_ML = COMPONENT__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR__X = COMPONENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR__Y = COMPONENT__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR__PORTS = COMPONENT__PORTS;

	/**
	 * The feature id for the '<em><b>Reservoir Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR__RESERVOIR_TYPE = COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Capacity Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR__CAPACITY_ML = COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Minimum Level Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR__MINIMUM_LEVEL_ML = COMPONENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Vacuum Assisted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR__VACUUM_ASSISTED = COMPONENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cardiotomy Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR__CARDIOTOMY_FILTER = COMPONENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Reservoir</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR_FEATURE_COUNT = COMPONENT_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR___FIND_PORT__STRING = COMPONENT___FIND_PORT__STRING;

	/**
	 * The operation id for the '<em>Minimum Level Known</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR___MINIMUM_LEVEL_KNOWN__DIAGNOSTICCHAIN_MAP = COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Reservoir</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVOIR_OPERATION_COUNT = COMPONENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.PumpImpl <em>Pump</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.PumpImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getPump()
	 * @generated
	 */
	int PUMP = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUMP__ID = COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUMP__NAME = COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUMP__NOTES = COMPONENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUMP__PRODUCT_ID = COMPONENT__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUMP__PRIME_ML = COMPONENT__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUMP__X = COMPONENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUMP__Y = COMPONENT__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUMP__PORTS = COMPONENT__PORTS;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUMP__ROLE = COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Pump</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUMP_FEATURE_COUNT = COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUMP___FIND_PORT__STRING = COMPONENT___FIND_PORT__STRING;

	/**
	 * The operation id for the '<em>Pump Direction</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUMP___PUMP_DIRECTION__DIAGNOSTICCHAIN_MAP = COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Arterial Bubble Detector</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUMP___ARTERIAL_BUBBLE_DETECTOR__DIAGNOSTICCHAIN_MAP = COMPONENT_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Pump</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUMP_OPERATION_COUNT = COMPONENT_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.RollerPumpImpl <em>Roller Pump</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.RollerPumpImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getRollerPump()
	 * @generated
	 */
	int ROLLER_PUMP = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP__ID = PUMP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP__NAME = PUMP__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP__NOTES = PUMP__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP__PRODUCT_ID = PUMP__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP__PRIME_ML = PUMP__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP__X = PUMP__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP__Y = PUMP__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP__PORTS = PUMP__PORTS;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP__ROLE = PUMP__ROLE;

	/**
	 * The feature id for the '<em><b>Boot Internal Diameter Inch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP__BOOT_INTERNAL_DIAMETER_INCH = PUMP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Stroke Volume Ml Per Rev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP__STROKE_VOLUME_ML_PER_REV = PUMP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Occlusion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP__OCCLUSION = PUMP_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Roller Pump</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP_FEATURE_COUNT = PUMP_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP___FIND_PORT__STRING = PUMP___FIND_PORT__STRING;

	/**
	 * The operation id for the '<em>Pump Direction</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP___PUMP_DIRECTION__DIAGNOSTICCHAIN_MAP = PUMP___PUMP_DIRECTION__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Arterial Bubble Detector</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP___ARTERIAL_BUBBLE_DETECTOR__DIAGNOSTICCHAIN_MAP = PUMP___ARTERIAL_BUBBLE_DETECTOR__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Reservoir Level Detector</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP___RESERVOIR_LEVEL_DETECTOR__DIAGNOSTICCHAIN_MAP = PUMP_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Occlusion In Range</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP___OCCLUSION_IN_RANGE__DIAGNOSTICCHAIN_MAP = PUMP_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Roller Pump</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLLER_PUMP_OPERATION_COUNT = PUMP_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.CentrifugalPumpImpl <em>Centrifugal Pump</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.CentrifugalPumpImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCentrifugalPump()
	 * @generated
	 */
	int CENTRIFUGAL_PUMP = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP__ID = PUMP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP__NAME = PUMP__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP__NOTES = PUMP__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP__PRODUCT_ID = PUMP__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP__PRIME_ML = PUMP__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP__X = PUMP__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP__Y = PUMP__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP__PORTS = PUMP__PORTS;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP__ROLE = PUMP__ROLE;

	/**
	 * The feature id for the '<em><b>Max Rpm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP__MAX_RPM = PUMP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Centrifugal Pump</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP_FEATURE_COUNT = PUMP_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP___FIND_PORT__STRING = PUMP___FIND_PORT__STRING;

	/**
	 * The operation id for the '<em>Pump Direction</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP___PUMP_DIRECTION__DIAGNOSTICCHAIN_MAP = PUMP___PUMP_DIRECTION__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Arterial Bubble Detector</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP___ARTERIAL_BUBBLE_DETECTOR__DIAGNOSTICCHAIN_MAP = PUMP___ARTERIAL_BUBBLE_DETECTOR__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Flow Probe</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP___FLOW_PROBE__DIAGNOSTICCHAIN_MAP = PUMP_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Backflow Protection</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP___BACKFLOW_PROTECTION__DIAGNOSTICCHAIN_MAP = PUMP_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Centrifugal Pump</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRIFUGAL_PUMP_OPERATION_COUNT = PUMP_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.OxygenatorImpl <em>Oxygenator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.OxygenatorImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getOxygenator()
	 * @generated
	 */
	int OXYGENATOR = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR__ID = COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR__NAME = COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR__NOTES = COMPONENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR__PRODUCT_ID = COMPONENT__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR__PRIME_ML = COMPONENT__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR__X = COMPONENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR__Y = COMPONENT__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR__PORTS = COMPONENT__PORTS;

	/**
	 * The feature id for the '<em><b>Rated Flow LMin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR__RATED_FLOW_LMIN = COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Heat Exchanger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR__HEAT_EXCHANGER = COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Integrated Arterial Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR__INTEGRATED_ARTERIAL_FILTER = COMPONENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Oxygenator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR_FEATURE_COUNT = COMPONENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR___FIND_PORT__STRING = COMPONENT___FIND_PORT__STRING;

	/**
	 * The operation id for the '<em>Gas Supply</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR___GAS_SUPPLY__DIAGNOSTICCHAIN_MAP = COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Heat Exchanger Water</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR___HEAT_EXCHANGER_WATER__DIAGNOSTICCHAIN_MAP = COMPONENT_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Rated For Target Flow</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR___RATED_FOR_TARGET_FLOW__DIAGNOSTICCHAIN_MAP = COMPONENT_OPERATION_COUNT + 2;

	/**
	 * The number of operations of the '<em>Oxygenator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OXYGENATOR_OPERATION_COUNT = COMPONENT_OPERATION_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.ArterialFilterImpl <em>Arterial Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.ArterialFilterImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getArterialFilter()
	 * @generated
	 */
	int ARTERIAL_FILTER = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTERIAL_FILTER__ID = COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTERIAL_FILTER__NAME = COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTERIAL_FILTER__NOTES = COMPONENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTERIAL_FILTER__PRODUCT_ID = COMPONENT__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTERIAL_FILTER__PRIME_ML = COMPONENT__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTERIAL_FILTER__X = COMPONENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTERIAL_FILTER__Y = COMPONENT__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTERIAL_FILTER__PORTS = COMPONENT__PORTS;

	/**
	 * The feature id for the '<em><b>Pore Size Um</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTERIAL_FILTER__PORE_SIZE_UM = COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Arterial Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTERIAL_FILTER_FEATURE_COUNT = COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTERIAL_FILTER___FIND_PORT__STRING = COMPONENT___FIND_PORT__STRING;

	/**
	 * The number of operations of the '<em>Arterial Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTERIAL_FILTER_OPERATION_COUNT = COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.CardioplegiaSetImpl <em>Cardioplegia Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.CardioplegiaSetImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCardioplegiaSet()
	 * @generated
	 */
	int CARDIOPLEGIA_SET = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARDIOPLEGIA_SET__ID = COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARDIOPLEGIA_SET__NAME = COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARDIOPLEGIA_SET__NOTES = COMPONENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARDIOPLEGIA_SET__PRODUCT_ID = COMPONENT__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARDIOPLEGIA_SET__PRIME_ML = COMPONENT__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARDIOPLEGIA_SET__X = COMPONENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARDIOPLEGIA_SET__Y = COMPONENT__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARDIOPLEGIA_SET__PORTS = COMPONENT__PORTS;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARDIOPLEGIA_SET__PROTOCOL = COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Blood To Crystalloid Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARDIOPLEGIA_SET__BLOOD_TO_CRYSTALLOID_RATIO = COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Heat Exchanger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARDIOPLEGIA_SET__HEAT_EXCHANGER = COMPONENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Cardioplegia Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARDIOPLEGIA_SET_FEATURE_COUNT = COMPONENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARDIOPLEGIA_SET___FIND_PORT__STRING = COMPONENT___FIND_PORT__STRING;

	/**
	 * The operation id for the '<em>Delivery Complete</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARDIOPLEGIA_SET___DELIVERY_COMPLETE__DIAGNOSTICCHAIN_MAP = COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Cardioplegia Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARDIOPLEGIA_SET_OPERATION_COUNT = COMPONENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.SuctionVentImpl <em>Suction Vent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.SuctionVentImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getSuctionVent()
	 * @generated
	 */
	int SUCTION_VENT = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCTION_VENT__ID = COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCTION_VENT__NAME = COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCTION_VENT__NOTES = COMPONENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCTION_VENT__PRODUCT_ID = COMPONENT__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCTION_VENT__PRIME_ML = COMPONENT__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCTION_VENT__X = COMPONENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCTION_VENT__Y = COMPONENT__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCTION_VENT__PORTS = COMPONENT__PORTS;

	/**
	 * The feature id for the '<em><b>Suction Vent Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCTION_VENT__SUCTION_VENT_KIND = COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Suction Vent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCTION_VENT_FEATURE_COUNT = COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCTION_VENT___FIND_PORT__STRING = COMPONENT___FIND_PORT__STRING;

	/**
	 * The operation id for the '<em>Vent One Way Valve</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCTION_VENT___VENT_ONE_WAY_VALVE__DIAGNOSTICCHAIN_MAP = COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Returns To Cardiotomy Filter</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCTION_VENT___RETURNS_TO_CARDIOTOMY_FILTER__DIAGNOSTICCHAIN_MAP = COMPONENT_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Suction Vent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCTION_VENT_OPERATION_COUNT = COMPONENT_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.HemoconcentratorImpl <em>Hemoconcentrator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.HemoconcentratorImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getHemoconcentrator()
	 * @generated
	 */
	int HEMOCONCENTRATOR = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEMOCONCENTRATOR__ID = COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEMOCONCENTRATOR__NAME = COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEMOCONCENTRATOR__NOTES = COMPONENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEMOCONCENTRATOR__PRODUCT_ID = COMPONENT__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEMOCONCENTRATOR__PRIME_ML = COMPONENT__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEMOCONCENTRATOR__X = COMPONENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEMOCONCENTRATOR__Y = COMPONENT__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEMOCONCENTRATOR__PORTS = COMPONENT__PORTS;

	/**
	 * The number of structural features of the '<em>Hemoconcentrator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEMOCONCENTRATOR_FEATURE_COUNT = COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEMOCONCENTRATOR___FIND_PORT__STRING = COMPONENT___FIND_PORT__STRING;

	/**
	 * The number of operations of the '<em>Hemoconcentrator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEMOCONCENTRATOR_OPERATION_COUNT = COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.OneWayValveImpl <em>One Way Valve</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.OneWayValveImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getOneWayValve()
	 * @generated
	 */
	int ONE_WAY_VALVE = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_WAY_VALVE__ID = COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_WAY_VALVE__NAME = COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_WAY_VALVE__NOTES = COMPONENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_WAY_VALVE__PRODUCT_ID = COMPONENT__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_WAY_VALVE__PRIME_ML = COMPONENT__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_WAY_VALVE__X = COMPONENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_WAY_VALVE__Y = COMPONENT__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_WAY_VALVE__PORTS = COMPONENT__PORTS;

	/**
	 * The number of structural features of the '<em>One Way Valve</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_WAY_VALVE_FEATURE_COUNT = COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_WAY_VALVE___FIND_PORT__STRING = COMPONENT___FIND_PORT__STRING;

	/**
	 * The number of operations of the '<em>One Way Valve</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_WAY_VALVE_OPERATION_COUNT = COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.ClampImpl <em>Clamp</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.ClampImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getClamp()
	 * @generated
	 */
	int CLAMP = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAMP__ID = COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAMP__NAME = COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAMP__NOTES = COMPONENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAMP__PRODUCT_ID = COMPONENT__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAMP__PRIME_ML = COMPONENT__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAMP__X = COMPONENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAMP__Y = COMPONENT__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAMP__PORTS = COMPONENT__PORTS;

	/**
	 * The feature id for the '<em><b>Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAMP__CLOSED = COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Clamp</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAMP_FEATURE_COUNT = COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAMP___FIND_PORT__STRING = COMPONENT___FIND_PORT__STRING;

	/**
	 * The operation id for the '<em>Open On Main Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAMP___OPEN_ON_MAIN_PATH__DIAGNOSTICCHAIN_MAP = COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Clamp</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAMP_OPERATION_COUNT = COMPONENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.SensorImpl <em>Sensor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.SensorImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getSensor()
	 * @generated
	 */
	int SENSOR = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSOR__ID = COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSOR__NAME = COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSOR__NOTES = COMPONENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSOR__PRODUCT_ID = COMPONENT__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSOR__PRIME_ML = COMPONENT__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSOR__X = COMPONENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSOR__Y = COMPONENT__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSOR__PORTS = COMPONENT__PORTS;

	/**
	 * The feature id for the '<em><b>Sensor Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSOR__SENSOR_KIND = COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Attached To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSOR__ATTACHED_TO = COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Sensor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSOR_FEATURE_COUNT = COMPONENT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSOR___FIND_PORT__STRING = COMPONENT___FIND_PORT__STRING;

	/**
	 * The operation id for the '<em>Attached</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSOR___ATTACHED__DIAGNOSTICCHAIN_MAP = COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Sensor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSOR_OPERATION_COUNT = COMPONENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.GasBlenderImpl <em>Gas Blender</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.GasBlenderImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getGasBlender()
	 * @generated
	 */
	int GAS_BLENDER = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAS_BLENDER__ID = COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAS_BLENDER__NAME = COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAS_BLENDER__NOTES = COMPONENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAS_BLENDER__PRODUCT_ID = COMPONENT__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAS_BLENDER__PRIME_ML = COMPONENT__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAS_BLENDER__X = COMPONENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAS_BLENDER__Y = COMPONENT__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAS_BLENDER__PORTS = COMPONENT__PORTS;

	/**
	 * The feature id for the '<em><b>Fio2 Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAS_BLENDER__FIO2_PERCENT = COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sweep LMin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAS_BLENDER__SWEEP_LMIN = COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Gas Blender</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAS_BLENDER_FEATURE_COUNT = COMPONENT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAS_BLENDER___FIND_PORT__STRING = COMPONENT___FIND_PORT__STRING;

	/**
	 * The operation id for the '<em>Minimum Sweep</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAS_BLENDER___MINIMUM_SWEEP__DIAGNOSTICCHAIN_MAP = COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Gas Blender</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAS_BLENDER_OPERATION_COUNT = COMPONENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.HeaterCoolerImpl <em>Heater Cooler</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.HeaterCoolerImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getHeaterCooler()
	 * @generated
	 */
	int HEATER_COOLER = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEATER_COOLER__ID = COMPONENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEATER_COOLER__NAME = COMPONENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEATER_COOLER__NOTES = COMPONENT__NOTES;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEATER_COOLER__PRODUCT_ID = COMPONENT__PRODUCT_ID;

	/**
	 * The feature id for the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEATER_COOLER__PRIME_ML = COMPONENT__PRIME_ML;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEATER_COOLER__X = COMPONENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEATER_COOLER__Y = COMPONENT__Y;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEATER_COOLER__PORTS = COMPONENT__PORTS;

	/**
	 * The feature id for the '<em><b>Water Temperature C</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEATER_COOLER__WATER_TEMPERATURE_C = COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Heater Cooler</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEATER_COOLER_FEATURE_COUNT = COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Find Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEATER_COOLER___FIND_PORT__STRING = COMPONENT___FIND_PORT__STRING;

	/**
	 * The operation id for the '<em>Water Temperature Limit</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEATER_COOLER___WATER_TEMPERATURE_LIMIT__DIAGNOSTICCHAIN_MAP = COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Heater Cooler</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEATER_COOLER_OPERATION_COUNT = COMPONENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.PatientImpl <em>Patient</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.PatientImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getPatient()
	 * @generated
	 */
	int PATIENT = 22;

	/**
	 * The feature id for the '<em><b>Age Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__AGE_YEARS = 0;

	/**
	 * The feature id for the '<em><b>Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__SEX = 1;

	/**
	 * The feature id for the '<em><b>Height Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__HEIGHT_CM = 2;

	/**
	 * The feature id for the '<em><b>Weight Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__WEIGHT_KG = 3;

	/**
	 * The feature id for the '<em><b>Hematocrit Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__HEMATOCRIT_PERCENT = 4;

	/**
	 * The feature id for the '<em><b>Hemoglobin GDl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__HEMOGLOBIN_GDL = 5;

	/**
	 * The feature id for the '<em><b>Blood Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__BLOOD_VOLUME_ML = 6;

	/**
	 * The number of structural features of the '<em>Patient</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Patient</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.impl.ClinicalCaseImpl <em>Clinical Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.impl.ClinicalCaseImpl
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getClinicalCase()
	 * @generated
	 */
	int CLINICAL_CASE = 23;

	/**
	 * The feature id for the '<em><b>Procedure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICAL_CASE__PROCEDURE = 0;

	/**
	 * The feature id for the '<em><b>Planned Temperature C</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICAL_CASE__PLANNED_TEMPERATURE_C = 1;

	/**
	 * The feature id for the '<em><b>Target Cardiac Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICAL_CASE__TARGET_CARDIAC_INDEX = 2;

	/**
	 * The feature id for the '<em><b>Expected Bypass Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICAL_CASE__EXPECTED_BYPASS_MINUTES = 3;

	/**
	 * The number of structural features of the '<em>Clinical Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICAL_CASE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Clinical Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICAL_CASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.CircuitKind <em>Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.CircuitKind
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCircuitKind()
	 * @generated
	 */
	int CIRCUIT_KIND = 24;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.PortKind <em>Port Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.PortKind
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getPortKind()
	 * @generated
	 */
	int PORT_KIND = 25;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.LineRole <em>Line Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.LineRole
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getLineRole()
	 * @generated
	 */
	int LINE_ROLE = 26;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.TubeMaterial <em>Tube Material</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.TubeMaterial
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getTubeMaterial()
	 * @generated
	 */
	int TUBE_MATERIAL = 27;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.CannulaKind <em>Cannula Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.CannulaKind
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCannulaKind()
	 * @generated
	 */
	int CANNULA_KIND = 28;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.ReservoirType <em>Reservoir Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.ReservoirType
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getReservoirType()
	 * @generated
	 */
	int RESERVOIR_TYPE = 29;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.PumpRole <em>Pump Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.PumpRole
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getPumpRole()
	 * @generated
	 */
	int PUMP_ROLE = 30;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.SensorKind <em>Sensor Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.SensorKind
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getSensorKind()
	 * @generated
	 */
	int SENSOR_KIND = 31;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.ConnectorKind <em>Connector Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.ConnectorKind
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getConnectorKind()
	 * @generated
	 */
	int CONNECTOR_KIND = 32;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.CardioplegiaProtocol <em>Cardioplegia Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.CardioplegiaProtocol
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCardioplegiaProtocol()
	 * @generated
	 */
	int CARDIOPLEGIA_PROTOCOL = 33;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.SuctionVentKind <em>Suction Vent Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.SuctionVentKind
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getSuctionVentKind()
	 * @generated
	 */
	int SUCTION_VENT_KIND = 34;

	/**
	 * The meta object id for the '{@link org.eccworkbench.model.circuit.Sex <em>Sex</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eccworkbench.model.circuit.Sex
	 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getSex()
	 * @generated
	 */
	int SEX = 35;


	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.Circuit <em>Circuit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Circuit</em>'.
	 * @see org.eccworkbench.model.circuit.Circuit
	 * @generated
	 */
	EClass getCircuit();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Circuit#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.eccworkbench.model.circuit.Circuit#getName()
	 * @see #getCircuit()
	 * @generated
	 */
	EAttribute getCircuit_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Circuit#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.eccworkbench.model.circuit.Circuit#getDescription()
	 * @see #getCircuit()
	 * @generated
	 */
	EAttribute getCircuit_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Circuit#getModelVersion <em>Model Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Version</em>'.
	 * @see org.eccworkbench.model.circuit.Circuit#getModelVersion()
	 * @see #getCircuit()
	 * @generated
	 */
	EAttribute getCircuit_ModelVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Circuit#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.eccworkbench.model.circuit.Circuit#getKind()
	 * @see #getCircuit()
	 * @generated
	 */
	EAttribute getCircuit_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.eccworkbench.model.circuit.Circuit#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see org.eccworkbench.model.circuit.Circuit#getComponents()
	 * @see #getCircuit()
	 * @generated
	 */
	EReference getCircuit_Components();

	/**
	 * Returns the meta object for the containment reference list '{@link org.eccworkbench.model.circuit.Circuit#getConnections <em>Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Connections</em>'.
	 * @see org.eccworkbench.model.circuit.Circuit#getConnections()
	 * @see #getCircuit()
	 * @generated
	 */
	EReference getCircuit_Connections();

	/**
	 * Returns the meta object for the containment reference '{@link org.eccworkbench.model.circuit.Circuit#getPatient <em>Patient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Patient</em>'.
	 * @see org.eccworkbench.model.circuit.Circuit#getPatient()
	 * @see #getCircuit()
	 * @generated
	 */
	EReference getCircuit_Patient();

	/**
	 * Returns the meta object for the containment reference '{@link org.eccworkbench.model.circuit.Circuit#getClinicalCase <em>Clinical Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Clinical Case</em>'.
	 * @see org.eccworkbench.model.circuit.Circuit#getClinicalCase()
	 * @see #getCircuit()
	 * @generated
	 */
	EReference getCircuit_ClinicalCase();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Circuit#closedBloodLoop(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Closed Blood Loop</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Closed Blood Loop</em>' operation.
	 * @see org.eccworkbench.model.circuit.Circuit#closedBloodLoop(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCircuit__ClosedBloodLoop__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Circuit#oxygenatorOnArterialPath(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Oxygenator On Arterial Path</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Oxygenator On Arterial Path</em>' operation.
	 * @see org.eccworkbench.model.circuit.Circuit#oxygenatorOnArterialPath(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCircuit__OxygenatorOnArterialPath__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Circuit#arterialPressureMonitored(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Arterial Pressure Monitored</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Arterial Pressure Monitored</em>' operation.
	 * @see org.eccworkbench.model.circuit.Circuit#arterialPressureMonitored(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCircuit__ArterialPressureMonitored__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Circuit#arterialFilterPresent(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Arterial Filter Present</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Arterial Filter Present</em>' operation.
	 * @see org.eccworkbench.model.circuit.Circuit#arterialFilterPresent(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCircuit__ArterialFilterPresent__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Circuit#arterialTemperatureMonitored(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Arterial Temperature Monitored</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Arterial Temperature Monitored</em>' operation.
	 * @see org.eccworkbench.model.circuit.Circuit#arterialTemperatureMonitored(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCircuit__ArterialTemperatureMonitored__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Circuit#patientDataComplete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Patient Data Complete</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Patient Data Complete</em>' operation.
	 * @see org.eccworkbench.model.circuit.Circuit#patientDataComplete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCircuit__PatientDataComplete__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Circuit#findElement(java.lang.String) <em>Find Element</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Element</em>' operation.
	 * @see org.eccworkbench.model.circuit.Circuit#findElement(java.lang.String)
	 * @generated
	 */
	EOperation getCircuit__FindElement__String();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.CircuitElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.eccworkbench.model.circuit.CircuitElement
	 * @generated
	 */
	EClass getCircuitElement();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.CircuitElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.eccworkbench.model.circuit.CircuitElement#getId()
	 * @see #getCircuitElement()
	 * @generated
	 */
	EAttribute getCircuitElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.CircuitElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.eccworkbench.model.circuit.CircuitElement#getName()
	 * @see #getCircuitElement()
	 * @generated
	 */
	EAttribute getCircuitElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.CircuitElement#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.eccworkbench.model.circuit.CircuitElement#getNotes()
	 * @see #getCircuitElement()
	 * @generated
	 */
	EAttribute getCircuitElement_Notes();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.Component <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component</em>'.
	 * @see org.eccworkbench.model.circuit.Component
	 * @generated
	 */
	EClass getComponent();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Component#getProductId <em>Product Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Id</em>'.
	 * @see org.eccworkbench.model.circuit.Component#getProductId()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_ProductId();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Component#getPrimeMl <em>Prime Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prime Ml</em>'.
	 * @see org.eccworkbench.model.circuit.Component#getPrimeMl()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_PrimeMl();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Component#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.eccworkbench.model.circuit.Component#getX()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_X();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Component#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.eccworkbench.model.circuit.Component#getY()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Y();

	/**
	 * Returns the meta object for the containment reference list '{@link org.eccworkbench.model.circuit.Component#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see org.eccworkbench.model.circuit.Component#getPorts()
	 * @see #getComponent()
	 * @generated
	 */
	EReference getComponent_Ports();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Component#findPort(java.lang.String) <em>Find Port</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Port</em>' operation.
	 * @see org.eccworkbench.model.circuit.Component#findPort(java.lang.String)
	 * @generated
	 */
	EOperation getComponent__FindPort__String();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.Port <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Port</em>'.
	 * @see org.eccworkbench.model.circuit.Port
	 * @generated
	 */
	EClass getPort();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Port#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.eccworkbench.model.circuit.Port#getId()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Port#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.eccworkbench.model.circuit.Port#getName()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Port#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.eccworkbench.model.circuit.Port#getKind()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Port#getDiameterInch <em>Diameter Inch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diameter Inch</em>'.
	 * @see org.eccworkbench.model.circuit.Port#getDiameterInch()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_DiameterInch();

	/**
	 * Returns the meta object for the container reference '{@link org.eccworkbench.model.circuit.Port#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Component</em>'.
	 * @see org.eccworkbench.model.circuit.Port#getComponent()
	 * @see #getPort()
	 * @generated
	 */
	EReference getPort_Component();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Port#connected(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Connected</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Connected</em>' operation.
	 * @see org.eccworkbench.model.circuit.Port#connected(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPort__Connected__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Port#connectedOnce(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Connected Once</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Connected Once</em>' operation.
	 * @see org.eccworkbench.model.circuit.Port#connectedOnce(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPort__ConnectedOnce__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Port#isBlood() <em>Is Blood</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Blood</em>' operation.
	 * @see org.eccworkbench.model.circuit.Port#isBlood()
	 * @generated
	 */
	EOperation getPort__IsBlood();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.Connection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connection</em>'.
	 * @see org.eccworkbench.model.circuit.Connection
	 * @generated
	 */
	EClass getConnection();

	/**
	 * Returns the meta object for the reference '{@link org.eccworkbench.model.circuit.Connection#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.eccworkbench.model.circuit.Connection#getSource()
	 * @see #getConnection()
	 * @generated
	 */
	EReference getConnection_Source();

	/**
	 * Returns the meta object for the reference '{@link org.eccworkbench.model.circuit.Connection#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.eccworkbench.model.circuit.Connection#getTarget()
	 * @see #getConnection()
	 * @generated
	 */
	EReference getConnection_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Connection#getInternalDiameterInch <em>Internal Diameter Inch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Internal Diameter Inch</em>'.
	 * @see org.eccworkbench.model.circuit.Connection#getInternalDiameterInch()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_InternalDiameterInch();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Connection#getLengthM <em>Length M</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length M</em>'.
	 * @see org.eccworkbench.model.circuit.Connection#getLengthM()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_LengthM();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Connection#getMaterial <em>Material</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Material</em>'.
	 * @see org.eccworkbench.model.circuit.Connection#getMaterial()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_Material();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Connection#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.eccworkbench.model.circuit.Connection#getRole()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_Role();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Connection#portDirection(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Port Direction</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Port Direction</em>' operation.
	 * @see org.eccworkbench.model.circuit.Connection#portDirection(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getConnection__PortDirection__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Connection#portKindsCompatible(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Port Kinds Compatible</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Port Kinds Compatible</em>' operation.
	 * @see org.eccworkbench.model.circuit.Connection#portKindsCompatible(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getConnection__PortKindsCompatible__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Connection#diameterMatchesPorts(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Diameter Matches Ports</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Diameter Matches Ports</em>' operation.
	 * @see org.eccworkbench.model.circuit.Connection#diameterMatchesPorts(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getConnection__DiameterMatchesPorts__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Connection#recirculationLineSize(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Recirculation Line Size</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Recirculation Line Size</em>' operation.
	 * @see org.eccworkbench.model.circuit.Connection#recirculationLineSize(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getConnection__RecirculationLineSize__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Connection#tubeFlowForTargetFlow(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Tube Flow For Target Flow</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Tube Flow For Target Flow</em>' operation.
	 * @see org.eccworkbench.model.circuit.Connection#tubeFlowForTargetFlow(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getConnection__TubeFlowForTargetFlow__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Connection#primeVolumeMl() <em>Prime Volume Ml</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Prime Volume Ml</em>' operation.
	 * @see org.eccworkbench.model.circuit.Connection#primeVolumeMl()
	 * @generated
	 */
	EOperation getConnection__PrimeVolumeMl();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.PatientNode <em>Patient Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Patient Node</em>'.
	 * @see org.eccworkbench.model.circuit.PatientNode
	 * @generated
	 */
	EClass getPatientNode();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.Cannula <em>Cannula</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cannula</em>'.
	 * @see org.eccworkbench.model.circuit.Cannula
	 * @generated
	 */
	EClass getCannula();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Cannula#getCannulaKind <em>Cannula Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cannula Kind</em>'.
	 * @see org.eccworkbench.model.circuit.Cannula#getCannulaKind()
	 * @see #getCannula()
	 * @generated
	 */
	EAttribute getCannula_CannulaKind();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Cannula#getSizeFr <em>Size Fr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Fr</em>'.
	 * @see org.eccworkbench.model.circuit.Cannula#getSizeFr()
	 * @see #getCannula()
	 * @generated
	 */
	EAttribute getCannula_SizeFr();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Cannula#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Site</em>'.
	 * @see org.eccworkbench.model.circuit.Cannula#getSite()
	 * @see #getCannula()
	 * @generated
	 */
	EAttribute getCannula_Site();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Cannula#flowForTargetFlow(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Flow For Target Flow</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Flow For Target Flow</em>' operation.
	 * @see org.eccworkbench.model.circuit.Cannula#flowForTargetFlow(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCannula__FlowForTargetFlow__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.Connector <em>Connector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connector</em>'.
	 * @see org.eccworkbench.model.circuit.Connector
	 * @generated
	 */
	EClass getConnector();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Connector#getConnectorKind <em>Connector Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connector Kind</em>'.
	 * @see org.eccworkbench.model.circuit.Connector#getConnectorKind()
	 * @see #getConnector()
	 * @generated
	 */
	EAttribute getConnector_ConnectorKind();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.Reservoir <em>Reservoir</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reservoir</em>'.
	 * @see org.eccworkbench.model.circuit.Reservoir
	 * @generated
	 */
	EClass getReservoir();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Reservoir#getReservoirType <em>Reservoir Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reservoir Type</em>'.
	 * @see org.eccworkbench.model.circuit.Reservoir#getReservoirType()
	 * @see #getReservoir()
	 * @generated
	 */
	EAttribute getReservoir_ReservoirType();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Reservoir#getCapacityMl <em>Capacity Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity Ml</em>'.
	 * @see org.eccworkbench.model.circuit.Reservoir#getCapacityMl()
	 * @see #getReservoir()
	 * @generated
	 */
	EAttribute getReservoir_CapacityMl();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Reservoir#getMinimumLevelMl <em>Minimum Level Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Level Ml</em>'.
	 * @see org.eccworkbench.model.circuit.Reservoir#getMinimumLevelMl()
	 * @see #getReservoir()
	 * @generated
	 */
	EAttribute getReservoir_MinimumLevelMl();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Reservoir#isVacuumAssisted <em>Vacuum Assisted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vacuum Assisted</em>'.
	 * @see org.eccworkbench.model.circuit.Reservoir#isVacuumAssisted()
	 * @see #getReservoir()
	 * @generated
	 */
	EAttribute getReservoir_VacuumAssisted();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Reservoir#isCardiotomyFilter <em>Cardiotomy Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cardiotomy Filter</em>'.
	 * @see org.eccworkbench.model.circuit.Reservoir#isCardiotomyFilter()
	 * @see #getReservoir()
	 * @generated
	 */
	EAttribute getReservoir_CardiotomyFilter();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Reservoir#minimumLevelKnown(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Minimum Level Known</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Minimum Level Known</em>' operation.
	 * @see org.eccworkbench.model.circuit.Reservoir#minimumLevelKnown(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getReservoir__MinimumLevelKnown__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.Pump <em>Pump</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pump</em>'.
	 * @see org.eccworkbench.model.circuit.Pump
	 * @generated
	 */
	EClass getPump();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Pump#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.eccworkbench.model.circuit.Pump#getRole()
	 * @see #getPump()
	 * @generated
	 */
	EAttribute getPump_Role();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Pump#pumpDirection(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Pump Direction</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Pump Direction</em>' operation.
	 * @see org.eccworkbench.model.circuit.Pump#pumpDirection(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPump__PumpDirection__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Pump#arterialBubbleDetector(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Arterial Bubble Detector</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Arterial Bubble Detector</em>' operation.
	 * @see org.eccworkbench.model.circuit.Pump#arterialBubbleDetector(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPump__ArterialBubbleDetector__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.RollerPump <em>Roller Pump</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Roller Pump</em>'.
	 * @see org.eccworkbench.model.circuit.RollerPump
	 * @generated
	 */
	EClass getRollerPump();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.RollerPump#getBootInternalDiameterInch <em>Boot Internal Diameter Inch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boot Internal Diameter Inch</em>'.
	 * @see org.eccworkbench.model.circuit.RollerPump#getBootInternalDiameterInch()
	 * @see #getRollerPump()
	 * @generated
	 */
	EAttribute getRollerPump_BootInternalDiameterInch();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.RollerPump#getStrokeVolumeMlPerRev <em>Stroke Volume Ml Per Rev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stroke Volume Ml Per Rev</em>'.
	 * @see org.eccworkbench.model.circuit.RollerPump#getStrokeVolumeMlPerRev()
	 * @see #getRollerPump()
	 * @generated
	 */
	EAttribute getRollerPump_StrokeVolumeMlPerRev();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.RollerPump#getOcclusion <em>Occlusion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occlusion</em>'.
	 * @see org.eccworkbench.model.circuit.RollerPump#getOcclusion()
	 * @see #getRollerPump()
	 * @generated
	 */
	EAttribute getRollerPump_Occlusion();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.RollerPump#reservoirLevelDetector(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Reservoir Level Detector</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Reservoir Level Detector</em>' operation.
	 * @see org.eccworkbench.model.circuit.RollerPump#reservoirLevelDetector(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getRollerPump__ReservoirLevelDetector__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.RollerPump#occlusionInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Occlusion In Range</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Occlusion In Range</em>' operation.
	 * @see org.eccworkbench.model.circuit.RollerPump#occlusionInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getRollerPump__OcclusionInRange__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.CentrifugalPump <em>Centrifugal Pump</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Centrifugal Pump</em>'.
	 * @see org.eccworkbench.model.circuit.CentrifugalPump
	 * @generated
	 */
	EClass getCentrifugalPump();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.CentrifugalPump#getMaxRpm <em>Max Rpm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Rpm</em>'.
	 * @see org.eccworkbench.model.circuit.CentrifugalPump#getMaxRpm()
	 * @see #getCentrifugalPump()
	 * @generated
	 */
	EAttribute getCentrifugalPump_MaxRpm();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.CentrifugalPump#flowProbe(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Flow Probe</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Flow Probe</em>' operation.
	 * @see org.eccworkbench.model.circuit.CentrifugalPump#flowProbe(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCentrifugalPump__FlowProbe__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.CentrifugalPump#backflowProtection(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Backflow Protection</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Backflow Protection</em>' operation.
	 * @see org.eccworkbench.model.circuit.CentrifugalPump#backflowProtection(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCentrifugalPump__BackflowProtection__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.Oxygenator <em>Oxygenator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Oxygenator</em>'.
	 * @see org.eccworkbench.model.circuit.Oxygenator
	 * @generated
	 */
	EClass getOxygenator();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Oxygenator#getRatedFlowLMin <em>Rated Flow LMin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rated Flow LMin</em>'.
	 * @see org.eccworkbench.model.circuit.Oxygenator#getRatedFlowLMin()
	 * @see #getOxygenator()
	 * @generated
	 */
	EAttribute getOxygenator_RatedFlowLMin();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Oxygenator#isHeatExchanger <em>Heat Exchanger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heat Exchanger</em>'.
	 * @see org.eccworkbench.model.circuit.Oxygenator#isHeatExchanger()
	 * @see #getOxygenator()
	 * @generated
	 */
	EAttribute getOxygenator_HeatExchanger();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Oxygenator#isIntegratedArterialFilter <em>Integrated Arterial Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Integrated Arterial Filter</em>'.
	 * @see org.eccworkbench.model.circuit.Oxygenator#isIntegratedArterialFilter()
	 * @see #getOxygenator()
	 * @generated
	 */
	EAttribute getOxygenator_IntegratedArterialFilter();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Oxygenator#gasSupply(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Gas Supply</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Gas Supply</em>' operation.
	 * @see org.eccworkbench.model.circuit.Oxygenator#gasSupply(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getOxygenator__GasSupply__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Oxygenator#heatExchangerWater(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Heat Exchanger Water</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Heat Exchanger Water</em>' operation.
	 * @see org.eccworkbench.model.circuit.Oxygenator#heatExchangerWater(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getOxygenator__HeatExchangerWater__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Oxygenator#ratedForTargetFlow(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Rated For Target Flow</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Rated For Target Flow</em>' operation.
	 * @see org.eccworkbench.model.circuit.Oxygenator#ratedForTargetFlow(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getOxygenator__RatedForTargetFlow__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.ArterialFilter <em>Arterial Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Arterial Filter</em>'.
	 * @see org.eccworkbench.model.circuit.ArterialFilter
	 * @generated
	 */
	EClass getArterialFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.ArterialFilter#getPoreSizeUm <em>Pore Size Um</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pore Size Um</em>'.
	 * @see org.eccworkbench.model.circuit.ArterialFilter#getPoreSizeUm()
	 * @see #getArterialFilter()
	 * @generated
	 */
	EAttribute getArterialFilter_PoreSizeUm();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.CardioplegiaSet <em>Cardioplegia Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cardioplegia Set</em>'.
	 * @see org.eccworkbench.model.circuit.CardioplegiaSet
	 * @generated
	 */
	EClass getCardioplegiaSet();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.CardioplegiaSet#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see org.eccworkbench.model.circuit.CardioplegiaSet#getProtocol()
	 * @see #getCardioplegiaSet()
	 * @generated
	 */
	EAttribute getCardioplegiaSet_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.CardioplegiaSet#getBloodToCrystalloidRatio <em>Blood To Crystalloid Ratio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blood To Crystalloid Ratio</em>'.
	 * @see org.eccworkbench.model.circuit.CardioplegiaSet#getBloodToCrystalloidRatio()
	 * @see #getCardioplegiaSet()
	 * @generated
	 */
	EAttribute getCardioplegiaSet_BloodToCrystalloidRatio();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.CardioplegiaSet#isHeatExchanger <em>Heat Exchanger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heat Exchanger</em>'.
	 * @see org.eccworkbench.model.circuit.CardioplegiaSet#isHeatExchanger()
	 * @see #getCardioplegiaSet()
	 * @generated
	 */
	EAttribute getCardioplegiaSet_HeatExchanger();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.CardioplegiaSet#deliveryComplete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Delivery Complete</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Delivery Complete</em>' operation.
	 * @see org.eccworkbench.model.circuit.CardioplegiaSet#deliveryComplete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCardioplegiaSet__DeliveryComplete__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.SuctionVent <em>Suction Vent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Suction Vent</em>'.
	 * @see org.eccworkbench.model.circuit.SuctionVent
	 * @generated
	 */
	EClass getSuctionVent();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.SuctionVent#getSuctionVentKind <em>Suction Vent Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suction Vent Kind</em>'.
	 * @see org.eccworkbench.model.circuit.SuctionVent#getSuctionVentKind()
	 * @see #getSuctionVent()
	 * @generated
	 */
	EAttribute getSuctionVent_SuctionVentKind();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.SuctionVent#ventOneWayValve(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Vent One Way Valve</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Vent One Way Valve</em>' operation.
	 * @see org.eccworkbench.model.circuit.SuctionVent#ventOneWayValve(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getSuctionVent__VentOneWayValve__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.SuctionVent#returnsToCardiotomyFilter(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Returns To Cardiotomy Filter</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Returns To Cardiotomy Filter</em>' operation.
	 * @see org.eccworkbench.model.circuit.SuctionVent#returnsToCardiotomyFilter(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getSuctionVent__ReturnsToCardiotomyFilter__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.Hemoconcentrator <em>Hemoconcentrator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hemoconcentrator</em>'.
	 * @see org.eccworkbench.model.circuit.Hemoconcentrator
	 * @generated
	 */
	EClass getHemoconcentrator();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.OneWayValve <em>One Way Valve</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>One Way Valve</em>'.
	 * @see org.eccworkbench.model.circuit.OneWayValve
	 * @generated
	 */
	EClass getOneWayValve();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.Clamp <em>Clamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Clamp</em>'.
	 * @see org.eccworkbench.model.circuit.Clamp
	 * @generated
	 */
	EClass getClamp();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Clamp#isClosed <em>Closed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed</em>'.
	 * @see org.eccworkbench.model.circuit.Clamp#isClosed()
	 * @see #getClamp()
	 * @generated
	 */
	EAttribute getClamp_Closed();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Clamp#openOnMainPath(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Open On Main Path</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Open On Main Path</em>' operation.
	 * @see org.eccworkbench.model.circuit.Clamp#openOnMainPath(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getClamp__OpenOnMainPath__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.Sensor <em>Sensor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sensor</em>'.
	 * @see org.eccworkbench.model.circuit.Sensor
	 * @generated
	 */
	EClass getSensor();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Sensor#getSensorKind <em>Sensor Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sensor Kind</em>'.
	 * @see org.eccworkbench.model.circuit.Sensor#getSensorKind()
	 * @see #getSensor()
	 * @generated
	 */
	EAttribute getSensor_SensorKind();

	/**
	 * Returns the meta object for the reference '{@link org.eccworkbench.model.circuit.Sensor#getAttachedTo <em>Attached To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Attached To</em>'.
	 * @see org.eccworkbench.model.circuit.Sensor#getAttachedTo()
	 * @see #getSensor()
	 * @generated
	 */
	EReference getSensor_AttachedTo();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.Sensor#attached(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Attached</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Attached</em>' operation.
	 * @see org.eccworkbench.model.circuit.Sensor#attached(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getSensor__Attached__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.GasBlender <em>Gas Blender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gas Blender</em>'.
	 * @see org.eccworkbench.model.circuit.GasBlender
	 * @generated
	 */
	EClass getGasBlender();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.GasBlender#getFio2Percent <em>Fio2 Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fio2 Percent</em>'.
	 * @see org.eccworkbench.model.circuit.GasBlender#getFio2Percent()
	 * @see #getGasBlender()
	 * @generated
	 */
	EAttribute getGasBlender_Fio2Percent();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.GasBlender#getSweepLMin <em>Sweep LMin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sweep LMin</em>'.
	 * @see org.eccworkbench.model.circuit.GasBlender#getSweepLMin()
	 * @see #getGasBlender()
	 * @generated
	 */
	EAttribute getGasBlender_SweepLMin();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.GasBlender#minimumSweep(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Minimum Sweep</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Minimum Sweep</em>' operation.
	 * @see org.eccworkbench.model.circuit.GasBlender#minimumSweep(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getGasBlender__MinimumSweep__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.HeaterCooler <em>Heater Cooler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Heater Cooler</em>'.
	 * @see org.eccworkbench.model.circuit.HeaterCooler
	 * @generated
	 */
	EClass getHeaterCooler();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.HeaterCooler#getWaterTemperatureC <em>Water Temperature C</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Water Temperature C</em>'.
	 * @see org.eccworkbench.model.circuit.HeaterCooler#getWaterTemperatureC()
	 * @see #getHeaterCooler()
	 * @generated
	 */
	EAttribute getHeaterCooler_WaterTemperatureC();

	/**
	 * Returns the meta object for the '{@link org.eccworkbench.model.circuit.HeaterCooler#waterTemperatureLimit(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Water Temperature Limit</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Water Temperature Limit</em>' operation.
	 * @see org.eccworkbench.model.circuit.HeaterCooler#waterTemperatureLimit(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getHeaterCooler__WaterTemperatureLimit__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.Patient <em>Patient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Patient</em>'.
	 * @see org.eccworkbench.model.circuit.Patient
	 * @generated
	 */
	EClass getPatient();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Patient#getAgeYears <em>Age Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age Years</em>'.
	 * @see org.eccworkbench.model.circuit.Patient#getAgeYears()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_AgeYears();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Patient#getSex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sex</em>'.
	 * @see org.eccworkbench.model.circuit.Patient#getSex()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_Sex();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Patient#getHeightCm <em>Height Cm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height Cm</em>'.
	 * @see org.eccworkbench.model.circuit.Patient#getHeightCm()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_HeightCm();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Patient#getWeightKg <em>Weight Kg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Kg</em>'.
	 * @see org.eccworkbench.model.circuit.Patient#getWeightKg()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_WeightKg();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Patient#getHematocritPercent <em>Hematocrit Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hematocrit Percent</em>'.
	 * @see org.eccworkbench.model.circuit.Patient#getHematocritPercent()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_HematocritPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Patient#getHemoglobinGDl <em>Hemoglobin GDl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hemoglobin GDl</em>'.
	 * @see org.eccworkbench.model.circuit.Patient#getHemoglobinGDl()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_HemoglobinGDl();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.Patient#getBloodVolumeMl <em>Blood Volume Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blood Volume Ml</em>'.
	 * @see org.eccworkbench.model.circuit.Patient#getBloodVolumeMl()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_BloodVolumeMl();

	/**
	 * Returns the meta object for class '{@link org.eccworkbench.model.circuit.ClinicalCase <em>Clinical Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Clinical Case</em>'.
	 * @see org.eccworkbench.model.circuit.ClinicalCase
	 * @generated
	 */
	EClass getClinicalCase();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.ClinicalCase#getProcedure <em>Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Procedure</em>'.
	 * @see org.eccworkbench.model.circuit.ClinicalCase#getProcedure()
	 * @see #getClinicalCase()
	 * @generated
	 */
	EAttribute getClinicalCase_Procedure();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.ClinicalCase#getPlannedTemperatureC <em>Planned Temperature C</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Temperature C</em>'.
	 * @see org.eccworkbench.model.circuit.ClinicalCase#getPlannedTemperatureC()
	 * @see #getClinicalCase()
	 * @generated
	 */
	EAttribute getClinicalCase_PlannedTemperatureC();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.ClinicalCase#getTargetCardiacIndex <em>Target Cardiac Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Cardiac Index</em>'.
	 * @see org.eccworkbench.model.circuit.ClinicalCase#getTargetCardiacIndex()
	 * @see #getClinicalCase()
	 * @generated
	 */
	EAttribute getClinicalCase_TargetCardiacIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.eccworkbench.model.circuit.ClinicalCase#getExpectedBypassMinutes <em>Expected Bypass Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Bypass Minutes</em>'.
	 * @see org.eccworkbench.model.circuit.ClinicalCase#getExpectedBypassMinutes()
	 * @see #getClinicalCase()
	 * @generated
	 */
	EAttribute getClinicalCase_ExpectedBypassMinutes();

	/**
	 * Returns the meta object for enum '{@link org.eccworkbench.model.circuit.CircuitKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kind</em>'.
	 * @see org.eccworkbench.model.circuit.CircuitKind
	 * @generated
	 */
	EEnum getCircuitKind();

	/**
	 * Returns the meta object for enum '{@link org.eccworkbench.model.circuit.PortKind <em>Port Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Port Kind</em>'.
	 * @see org.eccworkbench.model.circuit.PortKind
	 * @generated
	 */
	EEnum getPortKind();

	/**
	 * Returns the meta object for enum '{@link org.eccworkbench.model.circuit.LineRole <em>Line Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Role</em>'.
	 * @see org.eccworkbench.model.circuit.LineRole
	 * @generated
	 */
	EEnum getLineRole();

	/**
	 * Returns the meta object for enum '{@link org.eccworkbench.model.circuit.TubeMaterial <em>Tube Material</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tube Material</em>'.
	 * @see org.eccworkbench.model.circuit.TubeMaterial
	 * @generated
	 */
	EEnum getTubeMaterial();

	/**
	 * Returns the meta object for enum '{@link org.eccworkbench.model.circuit.CannulaKind <em>Cannula Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cannula Kind</em>'.
	 * @see org.eccworkbench.model.circuit.CannulaKind
	 * @generated
	 */
	EEnum getCannulaKind();

	/**
	 * Returns the meta object for enum '{@link org.eccworkbench.model.circuit.ReservoirType <em>Reservoir Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reservoir Type</em>'.
	 * @see org.eccworkbench.model.circuit.ReservoirType
	 * @generated
	 */
	EEnum getReservoirType();

	/**
	 * Returns the meta object for enum '{@link org.eccworkbench.model.circuit.PumpRole <em>Pump Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pump Role</em>'.
	 * @see org.eccworkbench.model.circuit.PumpRole
	 * @generated
	 */
	EEnum getPumpRole();

	/**
	 * Returns the meta object for enum '{@link org.eccworkbench.model.circuit.SensorKind <em>Sensor Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sensor Kind</em>'.
	 * @see org.eccworkbench.model.circuit.SensorKind
	 * @generated
	 */
	EEnum getSensorKind();

	/**
	 * Returns the meta object for enum '{@link org.eccworkbench.model.circuit.ConnectorKind <em>Connector Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connector Kind</em>'.
	 * @see org.eccworkbench.model.circuit.ConnectorKind
	 * @generated
	 */
	EEnum getConnectorKind();

	/**
	 * Returns the meta object for enum '{@link org.eccworkbench.model.circuit.CardioplegiaProtocol <em>Cardioplegia Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cardioplegia Protocol</em>'.
	 * @see org.eccworkbench.model.circuit.CardioplegiaProtocol
	 * @generated
	 */
	EEnum getCardioplegiaProtocol();

	/**
	 * Returns the meta object for enum '{@link org.eccworkbench.model.circuit.SuctionVentKind <em>Suction Vent Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Suction Vent Kind</em>'.
	 * @see org.eccworkbench.model.circuit.SuctionVentKind
	 * @generated
	 */
	EEnum getSuctionVentKind();

	/**
	 * Returns the meta object for enum '{@link org.eccworkbench.model.circuit.Sex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sex</em>'.
	 * @see org.eccworkbench.model.circuit.Sex
	 * @generated
	 */
	EEnum getSex();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CircuitFactory getCircuitFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.CircuitImpl <em>Circuit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.CircuitImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCircuit()
		 * @generated
		 */
		EClass CIRCUIT = eINSTANCE.getCircuit();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT__NAME = eINSTANCE.getCircuit_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT__DESCRIPTION = eINSTANCE.getCircuit_Description();

		/**
		 * The meta object literal for the '<em><b>Model Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT__MODEL_VERSION = eINSTANCE.getCircuit_ModelVersion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT__KIND = eINSTANCE.getCircuit_Kind();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIRCUIT__COMPONENTS = eINSTANCE.getCircuit_Components();

		/**
		 * The meta object literal for the '<em><b>Connections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIRCUIT__CONNECTIONS = eINSTANCE.getCircuit_Connections();

		/**
		 * The meta object literal for the '<em><b>Patient</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIRCUIT__PATIENT = eINSTANCE.getCircuit_Patient();

		/**
		 * The meta object literal for the '<em><b>Clinical Case</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIRCUIT__CLINICAL_CASE = eINSTANCE.getCircuit_ClinicalCase();

		/**
		 * The meta object literal for the '<em><b>Closed Blood Loop</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CIRCUIT___CLOSED_BLOOD_LOOP__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCircuit__ClosedBloodLoop__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Oxygenator On Arterial Path</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CIRCUIT___OXYGENATOR_ON_ARTERIAL_PATH__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCircuit__OxygenatorOnArterialPath__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Arterial Pressure Monitored</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CIRCUIT___ARTERIAL_PRESSURE_MONITORED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCircuit__ArterialPressureMonitored__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Arterial Filter Present</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CIRCUIT___ARTERIAL_FILTER_PRESENT__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCircuit__ArterialFilterPresent__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Arterial Temperature Monitored</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CIRCUIT___ARTERIAL_TEMPERATURE_MONITORED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCircuit__ArterialTemperatureMonitored__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Patient Data Complete</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CIRCUIT___PATIENT_DATA_COMPLETE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCircuit__PatientDataComplete__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Find Element</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CIRCUIT___FIND_ELEMENT__STRING = eINSTANCE.getCircuit__FindElement__String();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.CircuitElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.CircuitElementImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCircuitElement()
		 * @generated
		 */
		EClass CIRCUIT_ELEMENT = eINSTANCE.getCircuitElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT_ELEMENT__ID = eINSTANCE.getCircuitElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT_ELEMENT__NAME = eINSTANCE.getCircuitElement_Name();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT_ELEMENT__NOTES = eINSTANCE.getCircuitElement_Notes();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.ComponentImpl <em>Component</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.ComponentImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getComponent()
		 * @generated
		 */
		EClass COMPONENT = eINSTANCE.getComponent();

		/**
		 * The meta object literal for the '<em><b>Product Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__PRODUCT_ID = eINSTANCE.getComponent_ProductId();

		/**
		 * The meta object literal for the '<em><b>Prime Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__PRIME_ML = eINSTANCE.getComponent_PrimeMl();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__X = eINSTANCE.getComponent_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__Y = eINSTANCE.getComponent_Y();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT__PORTS = eINSTANCE.getComponent_Ports();

		/**
		 * The meta object literal for the '<em><b>Find Port</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPONENT___FIND_PORT__STRING = eINSTANCE.getComponent__FindPort__String();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.PortImpl <em>Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.PortImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getPort()
		 * @generated
		 */
		EClass PORT = eINSTANCE.getPort();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__ID = eINSTANCE.getPort_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__NAME = eINSTANCE.getPort_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__KIND = eINSTANCE.getPort_Kind();

		/**
		 * The meta object literal for the '<em><b>Diameter Inch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__DIAMETER_INCH = eINSTANCE.getPort_DiameterInch();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORT__COMPONENT = eINSTANCE.getPort_Component();

		/**
		 * The meta object literal for the '<em><b>Connected</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PORT___CONNECTED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPort__Connected__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Connected Once</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PORT___CONNECTED_ONCE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPort__ConnectedOnce__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Is Blood</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PORT___IS_BLOOD = eINSTANCE.getPort__IsBlood();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.ConnectionImpl <em>Connection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.ConnectionImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getConnection()
		 * @generated
		 */
		EClass CONNECTION = eINSTANCE.getConnection();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTION__SOURCE = eINSTANCE.getConnection_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTION__TARGET = eINSTANCE.getConnection_Target();

		/**
		 * The meta object literal for the '<em><b>Internal Diameter Inch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__INTERNAL_DIAMETER_INCH = eINSTANCE.getConnection_InternalDiameterInch();

		/**
		 * The meta object literal for the '<em><b>Length M</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__LENGTH_M = eINSTANCE.getConnection_LengthM();

		/**
		 * The meta object literal for the '<em><b>Material</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__MATERIAL = eINSTANCE.getConnection_Material();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__ROLE = eINSTANCE.getConnection_Role();

		/**
		 * The meta object literal for the '<em><b>Port Direction</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONNECTION___PORT_DIRECTION__DIAGNOSTICCHAIN_MAP = eINSTANCE.getConnection__PortDirection__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Port Kinds Compatible</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONNECTION___PORT_KINDS_COMPATIBLE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getConnection__PortKindsCompatible__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Diameter Matches Ports</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONNECTION___DIAMETER_MATCHES_PORTS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getConnection__DiameterMatchesPorts__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Recirculation Line Size</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONNECTION___RECIRCULATION_LINE_SIZE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getConnection__RecirculationLineSize__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Tube Flow For Target Flow</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONNECTION___TUBE_FLOW_FOR_TARGET_FLOW__DIAGNOSTICCHAIN_MAP = eINSTANCE.getConnection__TubeFlowForTargetFlow__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Prime Volume Ml</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONNECTION___PRIME_VOLUME_ML = eINSTANCE.getConnection__PrimeVolumeMl();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.PatientNodeImpl <em>Patient Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.PatientNodeImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getPatientNode()
		 * @generated
		 */
		EClass PATIENT_NODE = eINSTANCE.getPatientNode();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.CannulaImpl <em>Cannula</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.CannulaImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCannula()
		 * @generated
		 */
		EClass CANNULA = eINSTANCE.getCannula();

		/**
		 * The meta object literal for the '<em><b>Cannula Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANNULA__CANNULA_KIND = eINSTANCE.getCannula_CannulaKind();

		/**
		 * The meta object literal for the '<em><b>Size Fr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANNULA__SIZE_FR = eINSTANCE.getCannula_SizeFr();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANNULA__SITE = eINSTANCE.getCannula_Site();

		/**
		 * The meta object literal for the '<em><b>Flow For Target Flow</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CANNULA___FLOW_FOR_TARGET_FLOW__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCannula__FlowForTargetFlow__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.ConnectorImpl <em>Connector</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.ConnectorImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getConnector()
		 * @generated
		 */
		EClass CONNECTOR = eINSTANCE.getConnector();

		/**
		 * The meta object literal for the '<em><b>Connector Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTOR__CONNECTOR_KIND = eINSTANCE.getConnector_ConnectorKind();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.ReservoirImpl <em>Reservoir</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.ReservoirImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getReservoir()
		 * @generated
		 */
		EClass RESERVOIR = eINSTANCE.getReservoir();

		/**
		 * The meta object literal for the '<em><b>Reservoir Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVOIR__RESERVOIR_TYPE = eINSTANCE.getReservoir_ReservoirType();

		/**
		 * The meta object literal for the '<em><b>Capacity Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVOIR__CAPACITY_ML = eINSTANCE.getReservoir_CapacityMl();

		/**
		 * The meta object literal for the '<em><b>Minimum Level Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVOIR__MINIMUM_LEVEL_ML = eINSTANCE.getReservoir_MinimumLevelMl();

		/**
		 * The meta object literal for the '<em><b>Vacuum Assisted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVOIR__VACUUM_ASSISTED = eINSTANCE.getReservoir_VacuumAssisted();

		/**
		 * The meta object literal for the '<em><b>Cardiotomy Filter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVOIR__CARDIOTOMY_FILTER = eINSTANCE.getReservoir_CardiotomyFilter();

		/**
		 * The meta object literal for the '<em><b>Minimum Level Known</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation RESERVOIR___MINIMUM_LEVEL_KNOWN__DIAGNOSTICCHAIN_MAP = eINSTANCE.getReservoir__MinimumLevelKnown__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.PumpImpl <em>Pump</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.PumpImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getPump()
		 * @generated
		 */
		EClass PUMP = eINSTANCE.getPump();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUMP__ROLE = eINSTANCE.getPump_Role();

		/**
		 * The meta object literal for the '<em><b>Pump Direction</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PUMP___PUMP_DIRECTION__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPump__PumpDirection__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Arterial Bubble Detector</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PUMP___ARTERIAL_BUBBLE_DETECTOR__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPump__ArterialBubbleDetector__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.RollerPumpImpl <em>Roller Pump</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.RollerPumpImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getRollerPump()
		 * @generated
		 */
		EClass ROLLER_PUMP = eINSTANCE.getRollerPump();

		/**
		 * The meta object literal for the '<em><b>Boot Internal Diameter Inch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLLER_PUMP__BOOT_INTERNAL_DIAMETER_INCH = eINSTANCE.getRollerPump_BootInternalDiameterInch();

		/**
		 * The meta object literal for the '<em><b>Stroke Volume Ml Per Rev</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLLER_PUMP__STROKE_VOLUME_ML_PER_REV = eINSTANCE.getRollerPump_StrokeVolumeMlPerRev();

		/**
		 * The meta object literal for the '<em><b>Occlusion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLLER_PUMP__OCCLUSION = eINSTANCE.getRollerPump_Occlusion();

		/**
		 * The meta object literal for the '<em><b>Reservoir Level Detector</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ROLLER_PUMP___RESERVOIR_LEVEL_DETECTOR__DIAGNOSTICCHAIN_MAP = eINSTANCE.getRollerPump__ReservoirLevelDetector__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Occlusion In Range</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ROLLER_PUMP___OCCLUSION_IN_RANGE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getRollerPump__OcclusionInRange__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.CentrifugalPumpImpl <em>Centrifugal Pump</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.CentrifugalPumpImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCentrifugalPump()
		 * @generated
		 */
		EClass CENTRIFUGAL_PUMP = eINSTANCE.getCentrifugalPump();

		/**
		 * The meta object literal for the '<em><b>Max Rpm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CENTRIFUGAL_PUMP__MAX_RPM = eINSTANCE.getCentrifugalPump_MaxRpm();

		/**
		 * The meta object literal for the '<em><b>Flow Probe</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CENTRIFUGAL_PUMP___FLOW_PROBE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCentrifugalPump__FlowProbe__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Backflow Protection</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CENTRIFUGAL_PUMP___BACKFLOW_PROTECTION__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCentrifugalPump__BackflowProtection__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.OxygenatorImpl <em>Oxygenator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.OxygenatorImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getOxygenator()
		 * @generated
		 */
		EClass OXYGENATOR = eINSTANCE.getOxygenator();

		/**
		 * The meta object literal for the '<em><b>Rated Flow LMin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OXYGENATOR__RATED_FLOW_LMIN = eINSTANCE.getOxygenator_RatedFlowLMin();

		/**
		 * The meta object literal for the '<em><b>Heat Exchanger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OXYGENATOR__HEAT_EXCHANGER = eINSTANCE.getOxygenator_HeatExchanger();

		/**
		 * The meta object literal for the '<em><b>Integrated Arterial Filter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OXYGENATOR__INTEGRATED_ARTERIAL_FILTER = eINSTANCE.getOxygenator_IntegratedArterialFilter();

		/**
		 * The meta object literal for the '<em><b>Gas Supply</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation OXYGENATOR___GAS_SUPPLY__DIAGNOSTICCHAIN_MAP = eINSTANCE.getOxygenator__GasSupply__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Heat Exchanger Water</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation OXYGENATOR___HEAT_EXCHANGER_WATER__DIAGNOSTICCHAIN_MAP = eINSTANCE.getOxygenator__HeatExchangerWater__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Rated For Target Flow</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation OXYGENATOR___RATED_FOR_TARGET_FLOW__DIAGNOSTICCHAIN_MAP = eINSTANCE.getOxygenator__RatedForTargetFlow__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.ArterialFilterImpl <em>Arterial Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.ArterialFilterImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getArterialFilter()
		 * @generated
		 */
		EClass ARTERIAL_FILTER = eINSTANCE.getArterialFilter();

		/**
		 * The meta object literal for the '<em><b>Pore Size Um</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTERIAL_FILTER__PORE_SIZE_UM = eINSTANCE.getArterialFilter_PoreSizeUm();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.CardioplegiaSetImpl <em>Cardioplegia Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.CardioplegiaSetImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCardioplegiaSet()
		 * @generated
		 */
		EClass CARDIOPLEGIA_SET = eINSTANCE.getCardioplegiaSet();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARDIOPLEGIA_SET__PROTOCOL = eINSTANCE.getCardioplegiaSet_Protocol();

		/**
		 * The meta object literal for the '<em><b>Blood To Crystalloid Ratio</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARDIOPLEGIA_SET__BLOOD_TO_CRYSTALLOID_RATIO = eINSTANCE.getCardioplegiaSet_BloodToCrystalloidRatio();

		/**
		 * The meta object literal for the '<em><b>Heat Exchanger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARDIOPLEGIA_SET__HEAT_EXCHANGER = eINSTANCE.getCardioplegiaSet_HeatExchanger();

		/**
		 * The meta object literal for the '<em><b>Delivery Complete</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CARDIOPLEGIA_SET___DELIVERY_COMPLETE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCardioplegiaSet__DeliveryComplete__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.SuctionVentImpl <em>Suction Vent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.SuctionVentImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getSuctionVent()
		 * @generated
		 */
		EClass SUCTION_VENT = eINSTANCE.getSuctionVent();

		/**
		 * The meta object literal for the '<em><b>Suction Vent Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUCTION_VENT__SUCTION_VENT_KIND = eINSTANCE.getSuctionVent_SuctionVentKind();

		/**
		 * The meta object literal for the '<em><b>Vent One Way Valve</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SUCTION_VENT___VENT_ONE_WAY_VALVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getSuctionVent__VentOneWayValve__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Returns To Cardiotomy Filter</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SUCTION_VENT___RETURNS_TO_CARDIOTOMY_FILTER__DIAGNOSTICCHAIN_MAP = eINSTANCE.getSuctionVent__ReturnsToCardiotomyFilter__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.HemoconcentratorImpl <em>Hemoconcentrator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.HemoconcentratorImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getHemoconcentrator()
		 * @generated
		 */
		EClass HEMOCONCENTRATOR = eINSTANCE.getHemoconcentrator();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.OneWayValveImpl <em>One Way Valve</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.OneWayValveImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getOneWayValve()
		 * @generated
		 */
		EClass ONE_WAY_VALVE = eINSTANCE.getOneWayValve();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.ClampImpl <em>Clamp</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.ClampImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getClamp()
		 * @generated
		 */
		EClass CLAMP = eINSTANCE.getClamp();

		/**
		 * The meta object literal for the '<em><b>Closed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAMP__CLOSED = eINSTANCE.getClamp_Closed();

		/**
		 * The meta object literal for the '<em><b>Open On Main Path</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLAMP___OPEN_ON_MAIN_PATH__DIAGNOSTICCHAIN_MAP = eINSTANCE.getClamp__OpenOnMainPath__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.SensorImpl <em>Sensor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.SensorImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getSensor()
		 * @generated
		 */
		EClass SENSOR = eINSTANCE.getSensor();

		/**
		 * The meta object literal for the '<em><b>Sensor Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SENSOR__SENSOR_KIND = eINSTANCE.getSensor_SensorKind();

		/**
		 * The meta object literal for the '<em><b>Attached To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SENSOR__ATTACHED_TO = eINSTANCE.getSensor_AttachedTo();

		/**
		 * The meta object literal for the '<em><b>Attached</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SENSOR___ATTACHED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getSensor__Attached__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.GasBlenderImpl <em>Gas Blender</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.GasBlenderImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getGasBlender()
		 * @generated
		 */
		EClass GAS_BLENDER = eINSTANCE.getGasBlender();

		/**
		 * The meta object literal for the '<em><b>Fio2 Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GAS_BLENDER__FIO2_PERCENT = eINSTANCE.getGasBlender_Fio2Percent();

		/**
		 * The meta object literal for the '<em><b>Sweep LMin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GAS_BLENDER__SWEEP_LMIN = eINSTANCE.getGasBlender_SweepLMin();

		/**
		 * The meta object literal for the '<em><b>Minimum Sweep</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation GAS_BLENDER___MINIMUM_SWEEP__DIAGNOSTICCHAIN_MAP = eINSTANCE.getGasBlender__MinimumSweep__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.HeaterCoolerImpl <em>Heater Cooler</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.HeaterCoolerImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getHeaterCooler()
		 * @generated
		 */
		EClass HEATER_COOLER = eINSTANCE.getHeaterCooler();

		/**
		 * The meta object literal for the '<em><b>Water Temperature C</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEATER_COOLER__WATER_TEMPERATURE_C = eINSTANCE.getHeaterCooler_WaterTemperatureC();

		/**
		 * The meta object literal for the '<em><b>Water Temperature Limit</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation HEATER_COOLER___WATER_TEMPERATURE_LIMIT__DIAGNOSTICCHAIN_MAP = eINSTANCE.getHeaterCooler__WaterTemperatureLimit__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.PatientImpl <em>Patient</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.PatientImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getPatient()
		 * @generated
		 */
		EClass PATIENT = eINSTANCE.getPatient();

		/**
		 * The meta object literal for the '<em><b>Age Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__AGE_YEARS = eINSTANCE.getPatient_AgeYears();

		/**
		 * The meta object literal for the '<em><b>Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__SEX = eINSTANCE.getPatient_Sex();

		/**
		 * The meta object literal for the '<em><b>Height Cm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__HEIGHT_CM = eINSTANCE.getPatient_HeightCm();

		/**
		 * The meta object literal for the '<em><b>Weight Kg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__WEIGHT_KG = eINSTANCE.getPatient_WeightKg();

		/**
		 * The meta object literal for the '<em><b>Hematocrit Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__HEMATOCRIT_PERCENT = eINSTANCE.getPatient_HematocritPercent();

		/**
		 * The meta object literal for the '<em><b>Hemoglobin GDl</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__HEMOGLOBIN_GDL = eINSTANCE.getPatient_HemoglobinGDl();

		/**
		 * The meta object literal for the '<em><b>Blood Volume Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__BLOOD_VOLUME_ML = eINSTANCE.getPatient_BloodVolumeMl();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.impl.ClinicalCaseImpl <em>Clinical Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.impl.ClinicalCaseImpl
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getClinicalCase()
		 * @generated
		 */
		EClass CLINICAL_CASE = eINSTANCE.getClinicalCase();

		/**
		 * The meta object literal for the '<em><b>Procedure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLINICAL_CASE__PROCEDURE = eINSTANCE.getClinicalCase_Procedure();

		/**
		 * The meta object literal for the '<em><b>Planned Temperature C</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLINICAL_CASE__PLANNED_TEMPERATURE_C = eINSTANCE.getClinicalCase_PlannedTemperatureC();

		/**
		 * The meta object literal for the '<em><b>Target Cardiac Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLINICAL_CASE__TARGET_CARDIAC_INDEX = eINSTANCE.getClinicalCase_TargetCardiacIndex();

		/**
		 * The meta object literal for the '<em><b>Expected Bypass Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLINICAL_CASE__EXPECTED_BYPASS_MINUTES = eINSTANCE.getClinicalCase_ExpectedBypassMinutes();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.CircuitKind <em>Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.CircuitKind
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCircuitKind()
		 * @generated
		 */
		EEnum CIRCUIT_KIND = eINSTANCE.getCircuitKind();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.PortKind <em>Port Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.PortKind
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getPortKind()
		 * @generated
		 */
		EEnum PORT_KIND = eINSTANCE.getPortKind();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.LineRole <em>Line Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.LineRole
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getLineRole()
		 * @generated
		 */
		EEnum LINE_ROLE = eINSTANCE.getLineRole();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.TubeMaterial <em>Tube Material</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.TubeMaterial
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getTubeMaterial()
		 * @generated
		 */
		EEnum TUBE_MATERIAL = eINSTANCE.getTubeMaterial();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.CannulaKind <em>Cannula Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.CannulaKind
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCannulaKind()
		 * @generated
		 */
		EEnum CANNULA_KIND = eINSTANCE.getCannulaKind();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.ReservoirType <em>Reservoir Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.ReservoirType
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getReservoirType()
		 * @generated
		 */
		EEnum RESERVOIR_TYPE = eINSTANCE.getReservoirType();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.PumpRole <em>Pump Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.PumpRole
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getPumpRole()
		 * @generated
		 */
		EEnum PUMP_ROLE = eINSTANCE.getPumpRole();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.SensorKind <em>Sensor Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.SensorKind
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getSensorKind()
		 * @generated
		 */
		EEnum SENSOR_KIND = eINSTANCE.getSensorKind();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.ConnectorKind <em>Connector Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.ConnectorKind
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getConnectorKind()
		 * @generated
		 */
		EEnum CONNECTOR_KIND = eINSTANCE.getConnectorKind();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.CardioplegiaProtocol <em>Cardioplegia Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.CardioplegiaProtocol
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getCardioplegiaProtocol()
		 * @generated
		 */
		EEnum CARDIOPLEGIA_PROTOCOL = eINSTANCE.getCardioplegiaProtocol();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.SuctionVentKind <em>Suction Vent Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.SuctionVentKind
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getSuctionVentKind()
		 * @generated
		 */
		EEnum SUCTION_VENT_KIND = eINSTANCE.getSuctionVentKind();

		/**
		 * The meta object literal for the '{@link org.eccworkbench.model.circuit.Sex <em>Sex</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.eccworkbench.model.circuit.Sex
		 * @see org.eccworkbench.model.circuit.impl.CircuitPackageImpl#getSex()
		 * @generated
		 */
		EEnum SEX = eINSTANCE.getSex();

	}

} //CircuitPackage
